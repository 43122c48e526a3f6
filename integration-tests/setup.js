// MikroORM keeps entity metadata in a process-wide store; clearing it keeps one
// test file's module models from leaking into the next file's app boot.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
