export { currencyDigits, isCurrencyCode } from "./currencies.js"
