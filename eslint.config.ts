import medusa from "@medusajs/eslint-plugin"

export default [
  ...medusa.configs.recommended,
  {
    ignores: [
      ".data/**",
      "storefront/**",
      "bench/**",
      "scripts/**",
      "src/modules/*/migrations/**",
    ],
  },
]
