export { currencyDigits, isCurrencyCode } from "./currencies.js"
export { MoneyError, type MoneyErrorCode } from "./errors.js"
export { amountOfMinorUnits, toMinorUnits } from "./minor-units.js"
export {
  convertMoney,
  type ExchangeRate,
  type ExchangeRateTable,
  type FoundRate,
  findExchangeRate,
} from "./rates.js"
export { addMoney, compareMoney, type MoneyAmount, type MoneyValue, sumMoney } from "./sum.js"
