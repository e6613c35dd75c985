/** Constants inside formula text. */

/**
 * Text as a formula constant: in double quotes, each quote doubled.
 * @example quoteText('not within "36" months') // '"not within ""36"" months"'
 */
export function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
