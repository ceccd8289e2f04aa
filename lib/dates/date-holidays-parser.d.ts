// The package ships types its "exports" map hides from TypeScript; this is the part we use.
declare module 'date-holidays-parser' {
  export interface HolidayEntry {
    date: string;
    type: 'public' | 'bank' | 'school' | 'optional' | 'observance';
  }
  export default class HolidaysParser {
    constructor(data: object, country: string);
    getHolidays(year: number): HolidayEntry[];
  }
}
