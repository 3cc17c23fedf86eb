/**
 * Units a figure is written with: currency signs and names, percent, and measures. Lower case.
 */

/** Signs and codes written before the amount ("$42bn", "US$ 5", "€4", "Rs 200"). */
export const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥', '₹', '₽', '₩', '₺', '₦', '₱', '₪', '₴', '₸', '฿', '₡', '₾', '₭', '₿', '元', 'usd', 'eur', 'gbp', 'jpy', 'cny', 'inr', 'rs', 'chf', 'aud', 'cad']);
/** Letters glued before "$" ("US$", "A$", "HK$", "R$"). */
export const DOLLAR_PREFIXES = new Set(['us', 'a', 'au', 'c', 'ca', 'hk', 'nz', 's', 'r', 'nt', 'mx']);

/** Currency names written after the amount ("4,124 euros", "420 million finnish markka"). */
export const CURRENCY_NAMES = new Set([
  'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'sterling', 'yen', 'yuan', 'renminbi', 'rupee', 'rupees',
  'rouble', 'roubles', 'ruble', 'rubles', 'franc', 'francs', 'peso', 'pesos', 'real', 'reais', 'won', 'lira', 'lire',
  'shekel', 'shekels', 'tenge', 'dinar', 'dinars', 'riyal', 'riyals', 'dirham', 'dirhams', 'rand', 'krona', 'kronor',
  'krone', 'kroner', 'zloty', 'zlotys', 'markka', 'marks', 'mark', 'cents', 'cent', 'pence', 'naira', 'baht', 'ringgit',
  'rupiah', 'hryvnia', 'hryvnias', 'forint', 'leu', 'lei', 'usd', 'eur', 'gbp', 'jpy', 'cny', 'inr', 'chf', 'btc',
  'bitcoin', 'bitcoins', '元', 'rmb', 'satoshis', 'satoshi', 'penny', 'pennies', 'guilders', 'guilder', 'kwacha', 'shillings', 'shilling', 'taka', 'birr', 'afghanis', 'pula',
  // Currencies news still quotes from before the euro, and the names French, Spanish and Portuguese write.
  'pesetas', 'peseta', 'escudos', 'escudo', 'drachmas', 'drachma', 'schillings', 'deutschmarks', 'ecus', 'cedis', 'leones', 'kyats',
  'dólares', 'dólar', 'dolares', 'libras', 'franken', 'pfund', 'rubel', 'kronen', 'yenes', 'céntimos', 'céntimo', 'centimes', 'centime', 'centavos', 'centavo', 'rublos', 'yuanes', 'francos', 'bolívares', 'quetzales', 'lempiras', 'colones',
  'livres', 'roupies', 'roubles', 'yens', 'dinares', 'reales', 'rúpias', 'rupias', 'ienes', 'iene',
]);

/** Percent as written after the amount. */
// With the words of French, German, Spanish and Portuguese pages ("20 Prozent", "vingt pourcent").
export const PERCENT_WORDS = new Set(['%', 'percent', 'pct', '‰', 'pc', 'prozent', 'pourcent', 'pourcents', 'porciento']);

/**
 * Measure units after the amount. Short forms ("m", "g", "l") are only read tight against the
 * digits or after a hyphen, where they cannot be an ordinary word.
 */
export const MEASURE_UNITS = new Set([
  'km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'metre', 'metres', 'meter', 'meters', 'cm', 'mm',
  'centimetres', 'centimeters', 'centimetre', 'centimeter', 'millimetres', 'millimeters', 'mile', 'miles', 'mi', 'ft',
  'feet', 'foot', 'inch', 'inches', 'yard', 'yards', 'kg', 'kgs', 'kilogram', 'kilograms', 'kilo', 'kilos', 'gram', 'grams',
  'tonne', 'tonnes', 'ton', 'tons', 'lb', 'lbs', 'ounce', 'ounces', 'oz', 'litre', 'litres', 'liter', 'liters', 'ml',
  'millilitres', 'milliliters', 'gallon', 'gallons', 'barrel', 'barrels', 'bpd', 'acre', 'acres', 'hectare', 'hectares',
  'ha', 'degree', 'degrees', 'mph', 'kph', 'kmh', 'knots', 'knot', 'hour', 'hours', 'hr', 'hrs', 'minute', 'minutes',
  'min', 'mins', 'second', 'seconds', 'sec', 'secs', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'decade', 'decades', 'century', 'centuries', 'mw', 'gw', 'kw', 'kwh', 'mwh', 'gwh', 'twh', 'gb', 'mb', 'tb', 'kb',
  'ghz', 'mhz', 'hz', 'megapixels', 'megapixel', 'mp', 'mah', 'volts', 'volt', 'watts', 'watt', 'calories', 'calorie',
  'kcal', 'mg', 'mcg', 'µg', 'μg', 'microgram', 'micrograms', 'milligram', 'milligrams', 'kmph', 'metric', 'gbps', 'mbps', 'storeys', 'storey', 'story', 'stories', 'floors', 'kilobytes', 'kilobyte', 'megs', 'gigs', 'sq', 'square', 'cubic', 'nm', 'µm',
  'microns', 'pixels', 'px', 'bits', 'bit', 'bytes', 'gigabytes', 'megabytes', 'terabytes', 'megawatts', 'gigawatts',
  'kilowatts', 'magnitude', 'points', 'yd', 'cc', 'psi', 'rpm', 'fps', 'khz', 'db', 'decibels', 'lux', 'ppm',
  'carat', 'carats', 'pint', 'pints', 'quart', 'quarts', 'kilotons', 'kilotonnes', 'megatons', 'megatonnes', 'terawatt', 'terawatts',
  'gigawatt', 'megawatt', 'kilowatt', 'millibars', 'hectopascals', 'hpa', 'nautical', 'fl', 'twh', 'gwh',
]);
/** Short units that are only units when glued to the digits ("75ml" is, "5 m" may not be). */
export const TIGHT_UNITS = new Set(['t', 'm', 'g', 'l', 'c', 'f', 'v', 'w', 'h', 'in']);
/** Durations: a measure, and with "old" an age. */
export const DURATION_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'decade', 'decades']);
