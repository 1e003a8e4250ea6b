// Characters no text of ours may carry: XML 1.0 forbids them (a feed holding one is not
// well-formed, and strict readers drop the whole feed), and none is ever meant by a writer.
// https://www.w3.org/TR/xml/#charsets

/** C0 controls but tab, line feed and carriage return; C1 controls; U+FFFE, U+FFFF. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g

/** A surrogate without its pair (a string cut in the middle of an emoji, say). */
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The text without the characters XML 1.0 forbids (and the C1 controls it discourages). */
export const withoutForbiddenCharacters = (text: string): string => text.replace(CONTROLS, '').replace(LONE_SURROGATES, '')
