export const DAILY_STAT = 'plugin::analytics.daily-stat';
