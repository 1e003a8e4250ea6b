import {
  BlockquoteFeature,
  BoldFeature,
  ChecklistFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  IndentFeature,
  InlineCodeFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  lexicalEditor,
  OrderedListFeature,
  ParagraphFeature,
  RelationshipFeature,
  StrikethroughFeature,
  SubscriptFeature,
  SuperscriptFeature,
  UnorderedListFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'
import type { FieldHook, TextFieldSingleValidation } from 'payload'

import { LINKABLE_COLLECTIONS } from './references'
import { safeHref, validateHref } from './safeHref'

// A custom link's address: the allow-list every output applies (payload/richText/safeHref.ts),
// with a French message. Payload's own check only refuses spaces, in English.
const validateLinkUrl: TextFieldSingleValidation = (value, { siblingData }) =>
  (siblingData as { linkType?: string })?.linkType === 'internal' ? true : validateHref(value)

// Stored as the editor meant it ("www.…" gets https://, a phone number loses its spaces).
// Replaces Payload's hook, which percent-encoded whatever its own pattern did not know
// ("/recherche?q=aide+soignant" became "%2Frecherche%3Fq…", a link to nowhere).
const normaliseLinkUrl: FieldHook = ({ value }) => (typeof value === 'string' ? (safeHref(value) ?? value) : value)

/**
 * The rich-text editor of every collection. Each node it lets editors insert has an entry in
 * the node table (payload/richText/nodeTable.ts), checked by tests/int/links.test.ts.
 * Left out: underline (reads as a link on the web), alignment and the indentation of
 * paragraphs (presentation that feeds and readers drop, and justified text is harder to
 * read), h1 (the page's title).
 * References (links, relationship cards, images) are stored as ids and never populated by
 * Payload (maxDepth 0): the read model resolves them to their current address at render time.
 */
export const editor = lexicalEditor({
  features: [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    StrikethroughFeature(),
    SubscriptFeature(),
    SuperscriptFeature(),
    InlineCodeFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    // Tab nests a list item (a sub-list); paragraphs, headings and quotes are never indented.
    IndentFeature({ disabledNodes: ['paragraph', 'heading', 'quote'] }),
    ChecklistFeature(),
    BlockquoteFeature(),
    HorizontalRuleFeature(),
    LinkFeature({
      enabledCollections: [...LINKABLE_COLLECTIONS],
      maxDepth: 0,
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          field.name === 'url' ? ({ ...field, validate: validateLinkUrl, hooks: { beforeChange: [normaliseLinkUrl] } } as typeof field) : field,
        ),
    }),
    RelationshipFeature({ enabledCollections: [...LINKABLE_COLLECTIONS], maxDepth: 0 }),
    UploadFeature({ enabledCollections: ['media'], maxDepth: 0 }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
