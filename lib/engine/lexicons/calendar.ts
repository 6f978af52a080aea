// Months, weekdays and other calendar words: capitalised but never actors.
export const CALENDAR_WORDS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Jan.', 'Feb.',
  'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'Monday', 'Tuesday', 'Wednesday',
  'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Today', 'Tonight',
  'Yesterday', 'Tomorrow', 'Christmas', 'Easter', 'Ramadan', 'Eid', 'Diwali', 'Hanukkah', 'Thanksgiving', 'AM', 'PM',
  'GMT', 'BST', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'UTC', 'JST',
];
