// A jest reporter that writes the run's counts to TEST_SUMMARY_FILE. Jest's
// own --json output cannot serialise failures that hold circular objects
// (an axios error holds its request and response), and then records nothing.
const fs = require("node:fs")

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.TEST_SUMMARY_FILE
    if (!file) {
      return
    }
    const summary = {
      numPassedTests: results.numPassedTests,
      numFailedTests: results.numFailedTests,
      numPendingTests: results.numPendingTests,
      numTodoTests: results.numTodoTests,
      numFailedTestSuites: results.numFailedTestSuites,
      numRuntimeErrorTestSuites: results.numRuntimeErrorTestSuites,
      testResults: results.testResults.map((suite) => ({
        name: suite.testFilePath,
        failureMessage: suite.testExecError
          ? String(suite.testExecError.message)
          : null,
        assertionResults: suite.testResults.map((t) => ({
          fullName: t.fullName,
          status: t.status,
        })),
      })),
    }
    fs.writeFileSync(file, JSON.stringify(summary, null, 2))
  }
}

module.exports = SummaryReporter
