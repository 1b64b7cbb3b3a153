export { DateError, type DateErrorCode } from "./errors.js"
export {
  fiscalYearLabel,
  fiscalYearOf,
  fiscalYearRange,
  type MonthNumber,
} from "./fiscal-year.js"
export {
  dateOfDayNumber,
  dayNumberOf,
  daysInMonth,
  firstDayNumber,
  firstDayOf,
  isPartialDate,
  lastDayNumber,
  lastDayOf,
  precisionOf,
} from "./partial-date.js"
export {
  comparePartialDates,
  type DatePeriod,
  daysBetween,
  elapsedShare,
  isWithinPeriod,
  periodDayNumbers,
  periodsOverlap,
} from "./period.js"
