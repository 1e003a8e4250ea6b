// What patches/@payloadcms+ui+3.90.1.patch, patches/@payloadcms+richtext-lexical+3.90.1.patch,
// patches/@payloadcms+next+3.90.1.patch, patches/@dnd-kit+core+6.3.1.patch,
// patches/@dnd-kit+sortable+10.0.0.patch and part of patches/payload+3.90.1.patch change in
// node_modules: English hard-coded in Payload's client components (and in the libraries its
// bundles inline: react-select, react-datepicker, sonner, react-image-crop, @dnd-kit/sortable,
// or imports: @dnd-kit/core), which no translation reaches, and the time zone of the dates the
// admin displays.
//
// tests/unit/adminPatches.test.ts reads node_modules and fails if an entry is not applied (an
// upgrade changed the text, or the patch was not). After an upgrade: `npx tsx
// scripts/adminPatches.ts` applies what still matches and names what does not; fix the entries,
// then `npx patch-package @payloadcms/ui` (and the other packages) writes the patches again.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The zone dates are shown in when a caller gives none: the config's admin.timezones.defaultTimezone. */
export const DISPLAY_TIMEZONE = 'Europe/Paris'

export interface AdminPatch {
  /** Why, in a few words. */
  what: string
  /** Files under node_modules holding a copy (Payload ships bundled and unbundled copies). */
  files: string[]
  /** The shipped text: gone once patched. */
  from: string | RegExp
  /** Its replacement (a RegExp's replacement may use $1). */
  to: string
  /**
   * Text each patched file holds and no unpatched one does, when `to` is a replacement pattern
   * or also occurs in the shipped text.
   */
  expect?: string | RegExp
}

const UI = '@payloadcms/ui/dist'
const UI_CLIENT = `${UI}/exports/client/index.js`
const UI_SHARED = `${UI}/exports/shared/index.js`
// react-datepicker, inlined by Payload's bundler in a chunk of its client bundle.
const UI_DATEPICKER = `${UI}/exports/client/chunk-B52EQI3B.js`
const LEXICAL = '@payloadcms/richtext-lexical/dist'
const LEXICAL_CLIENT = `${LEXICAL}/exports/client/index.js`
const LEXICAL_FIELD = `${LEXICAL}/exports/client/Field-YZR46UCY.js`
const NEXT = '@payloadcms/next/dist'

const phrase = (what: string, files: string[], pairs: [string, string][]): AdminPatch[] =>
  pairs.map(([from, to]) => ({ what, files, from, to }))

export const ADMIN_PATCHES: AdminPatch[] = [
  // The scheduling drawer's date picker has no display format: it shows "sept. 1, 2027 9:00 AM"
  // and reads a typed 09/01/2027 the American way (1 September). It gets the admin's
  // dateFormat (dd/MM/yyyy HH:mm), which its list of upcoming events already uses.
  {
    what: 'the scheduling drawer types and shows dates as the admin does (dd/MM/yyyy HH:mm)',
    files: [`${UI}/elements/PublishButton/ScheduleDrawer/index.js`],
    from: '        id: "time",\n        maxTime: endOfToday(),',
    to: '        id: "time",\n        displayFormat: dateFormat,\n        maxTime: endOfToday(),',
    // The zone's clock (below) rewrites the maxTime line.
    expect: '        id: "time",\n        displayFormat: dateFormat,\n',
  },
  {
    what: 'the scheduling drawer types and shows dates as the admin does (client bundle)',
    files: [UI_CLIENT],
    // The drawer's component destructures admin.dateFormat into the same minified name.
    from: /(admin:\{dateFormat:([\w$]+),timezones:\{defaultTimezone:[\w$]+,supportedTimezones:[\w$]+\}\}[^]{0,4000}?)id:"time",maxTime:/,
    to: '$1id:"time",displayFormat:$2,maxTime:',
    expect: 'id:"time",displayFormat:',
  },
  // The drawer shows wall-clock times of the chosen zone (Paris) but bounded its calendar and
  // time list by the browser's clock: from New York at 23:30 on 30/11 (05:30 on 1/12 in Paris)
  // it offered 30/11 22:30, a time already past in Paris, and hid the morning of 1/12. "Now" is
  // the chosen zone's wall clock, read the way the drawer reads its value.
  // One entry per file: `zonedNow` is defined and used in the same replacement, so an upgrade
  // that breaks one half cannot leave the other referring to a name that is not there.
  {
    what: 'the scheduling drawer bounds its calendar by the chosen zone’s clock',
    files: [`${UI}/elements/PublishButton/ScheduleDrawer/index.js`],
    from: /  const minTime = useMemo\(\(\) => \{\n    if \(date && isToday\(date\)\) \{\n      return new Date\(\);\n    \}\n    return startOfDay\(new Date\(\)\);\n  \}, \[date\]\);([^]*?)        maxTime: endOfToday\(\),\n        minDate: new Date\(\),/,
    to:
      "  // Patched (scripts/adminPatches.ts): the chosen zone's wall clock, as the picker shows dates.\n" +
      '  const zonedNow = timezone && userTimezone ? transpose(new TZDate(Date.now()).withTimeZone(timezone), TZDate.tz(userTimezone)) : new Date();\n' +
      '  const minTime = useMemo(() => {\n    if (displayedValue && startOfDay(new Date(displayedValue)).getTime() === startOfDay(zonedNow).getTime()) {\n      return zonedNow;\n    }\n    return startOfDay(zonedNow);\n  }, [displayedValue, timezone]);' +
      '$1        maxTime: new Date(zonedNow.getFullYear(), zonedNow.getMonth(), zonedNow.getDate(), 23, 59, 59, 999),\n        minDate: zonedNow,',
    expect: '        minDate: zonedNow,',
  },
  {
    what: 'the scheduling drawer bounds its calendar by the chosen zone’s clock (client bundle)',
    files: [UI_CLIENT],
    // Shown value (N), useMemo (tP), zone (v), browser zone (P), value (C), TZDate (ao),
    // transpose (un), …, minTime (M), startOfDay; then the picker's bounds in the same component.
    from: /(([\w$]+)=([\w$]+)\(\(\)=>\{if\(([\w$]+)&&([\w$]+)&&([\w$]+)\)\{let [\w$]+=([\w$]+)\.tz\(\4\),[\w$]+=\7\.tz\(\5\),[\w$]+=new \7\(\6\)\.withTimeZone\(\4\),[\w$]+=([\w$]+)\([^]{0,700}?)let ([\w$]+)=\3\(\(\)=>\6&&[\w$]+\(\6\)\?new Date:([\w$]+)\(new Date\),\[\6\]\);([^]{0,3000}?id:"time",displayFormat:[\w$]+,)maxTime:[\w$]+\(\),minDate:new Date,/,
    to:
      '$1let reperesNow=$4&&$5?$8(new $7(Date.now()).withTimeZone($4),$7.tz($5)):new Date,$9=$3(()=>$2&&$10(new Date($2)).getTime()===$10(reperesNow).getTime()?reperesNow:$10(reperesNow),[$2,$4]);' +
      '$11maxTime:new Date(reperesNow.getFullYear(),reperesNow.getMonth(),reperesNow.getDate(),23,59,59,999),minDate:reperesNow,',
    expect: 'minDate:reperesNow,',
  },
  // A time already past was queued and run at once (an editor took a page offline that way,
  // and a day clicked without a time is 00:00, past, yet accepted); the drawer then said
  // "Programmation enregistrée.". It refuses, saying why; the server refuses too.
  {
    what: 'the scheduling drawer refuses a time already past',
    files: [`${UI}/elements/PublishButton/ScheduleDrawer/index.js`],
    from: "      return toast.error(t('general:noDateSelected'));\n    }\n    setProcessing(true);",
    to: "      return toast.error(t('general:noDateSelected'));\n    }\n    if (new Date(date).getTime() <= Date.now()) {\n      return toast.error(t('reperes:schedule:pastDate'));\n    }\n    setProcessing(true);",
  },
  {
    what: 'the scheduling drawer refuses a time already past (client bundle)',
    files: [UI_CLIENT],
    from: /if\(!([\w$]+)\)return ([\w$]+)\.error\(([\w$]+)\("general:noDateSelected"\)\);(?!if\(new Date)/,
    to: 'if(!$1)return $2.error($3("general:noDateSelected"));if(new Date($1).getTime()<=Date.now())return $2.error($3("reperes:schedule:pastDate"));',
    expect: '"reperes:schedule:pastDate"',
  },
  {
    what: 'the server does not queue a schedule for a time already past',
    files: [`${UI}/utilities/schedulePublishHandler.js`],
    from: '    req\n  });\n  try {\n    if (deleteID) {',
    to: "    req\n  });\n  // Patched (scripts/adminPatches.ts): a time already past would run at once.\n  if (!deleteID && date && new Date(date).getTime() <= Date.now() - 60000) {\n    return {\n      error: i18n.t('reperes:schedule:pastDate')\n    };\n  }\n  try {\n    if (deleteID) {",
  },
  // The zone beside a date (the drawer's, a date field's) could be cleared: the time typed was
  // then read in the browser's zone (09:00 stored as 15:00 Paris from New York) and listed with
  // "Aucune valeur". A zone is always chosen; Paris by default.
  {
    what: 'the time zone beside a date cannot be cleared',
    files: [`${UI}/elements/TimezonePicker/index.js`],
    from: '      isClearable: !required,',
    to: '      isClearable: false,',
  },
  {
    what: 'the time zone beside a date cannot be cleared (client bundle)',
    files: [UI_CLIENT],
    from: /(className:"timezone-picker",disabled:[\w$]+,inputId:[\w$]+,)isClearable:![a-zA-Z_$][\w$]*,/,
    to: '$1isClearable:!1,',
    expect: /className:"timezone-picker",disabled:[\w$]+,inputId:[\w$]+,isClearable:!1,/,
  },
  // The drawer opens on "Dépublier" unless newer drafts wait: on a draft never published
  // (nothing to unpublish) it offered to unpublish it. It opens on "Publier" there too.
  {
    what: 'the scheduling drawer opens on "Publier" for a document never published',
    files: [`${UI}/elements/PublishButton/index.js`],
    from: "defaultType: !hasNewerVersions ? 'unpublish' : 'publish',",
    to: "defaultType: hasPublishedDoc && !hasNewerVersions ? 'unpublish' : 'publish',",
  },
  {
    what: 'the scheduling drawer opens on "Publier" for a document never published (client bundle)',
    files: [UI_CLIENT],
    // Within one function: the nearest destructured hasPublishedDoc before the drawer's props.
    from: /(hasPublishedDoc:([\w$]+),(?:(?!function )[^]){0,3000}?)defaultType:([\w$]+)\?"publish":"unpublish"/,
    to: '$1defaultType:$3||!$2?"publish":"unpublish"',
    expect: /defaultType:[\w$]+\|\|![\w$]+\?"publish":"unpublish"/,
  },
  // Page titles join their parts with a hyphen ("Modifier - Actualité — Repères"): the dash
  // the suffix uses, as French typesets it.
  {
    what: 'the edit, API and versions views’ titles join their parts with « — »',
    files: ['Edit', 'API', 'Versions', 'Version'].map((view) => `${NEXT}/views/${view}/metadata.js`),
    from: ' - ${',
    to: ' — ${',
  },
  // The rich-text toolbar's buttons (bold, italic, link, image…) are icons with no name: a
  // screen reader says "bouton", and a sighted editor gets no tooltip. Each is named by its
  // feature's own label, in the admin's language, or, for the text formats that have none, by
  // `reperes:toolbar:<key>` (payload/i18n/adminStrings.ts).
  // One entry per file: the label function is defined and used in the same replacement.
  {
    what: 'the rich-text toolbar buttons are named by their label (aria-label and tooltip)',
    files: [`${LEXICAL}/features/toolbars/shared/ToolbarButton/index.js`],
    from: /const baseClass = 'toolbar-popup__button';\nexport const ToolbarButton = t0 => \{\n  const \$ = _c\(14\);([^]*?)      className,\n      "data-button-key": item\.key,/,
    to:
      "import { useTranslation } from '@payloadcms/ui';\n" +
      "const toolbarLabel = (item, i18n) => { try { if (item.label) return typeof item.label === 'function' ? item.label({ i18n }) : item.label; const key = `reperes:toolbar:${item.key}`; const text = i18n.t(key); return text === key ? undefined : text; } catch { return undefined; } };\n" +
      "const baseClass = 'toolbar-popup__button';\nexport const ToolbarButton = t0 => {\n  const { i18n } = useTranslation();\n  const $ = _c(14);" +
      '$1      className,\n      "aria-label": toolbarLabel(item, i18n),\n      title: toolbarLabel(item, i18n),\n      "data-button-key": item.key,',
    expect: '"aria-label": toolbarLabel(item, i18n),',
  },
  {
    what: 'the rich-text toolbar buttons are named by their label (client bundle)',
    files: [LEXICAL_CLIENT],
    from: /var ([\w$]+)="toolbar-popup__button",([\w$]+)=([\w$]+)=>\{let ([^]{0,1500}?"button",\{className:[\w$]+,)"data-button-key":([\w$]+)\.key,/,
    to:
      'import{useTranslation as reperesUseTranslation}from"@payloadcms/ui";' +
      'var reperesToolbarLabel=(item,i18n)=>{try{if(item.label)return typeof item.label=="function"?item.label({i18n}):item.label;const key="reperes:toolbar:"+item.key,text=i18n.t(key);return text===key?void 0:text}catch{return}};' +
      'var $1="toolbar-popup__button",$2=$3=>{let{i18n:reperesI18n}=reperesUseTranslation(),$4' +
      '"aria-label":reperesToolbarLabel($5,reperesI18n),title:reperesToolbarLabel($5,reperesI18n),"data-button-key":$5.key,',
    expect: '"aria-label":reperesToolbarLabel(',
  },
  // A document without a title is titled by its id ("12") in its header and the browser tab;
  // a form just opened with "Créer" is one. Without the id, formatDocTitle() says "Sans titre".
  {
    what: 'an untitled document is "Sans titre" in its header, not its id',
    files: [`${UI}/providers/DocumentInfo/index.js`, `${UI}/providers/DocumentTitle/index.js`],
    from: 'fallback: id?.toString(),',
    to: 'fallback: undefined,',
  },
  {
    what: 'an untitled document is "Sans titre" in its header, not its id (client bundle)',
    files: [UI_CLIENT],
    from: /fallback:[\w$]+\?\.toString\(\),(globalConfig:)/g,
    to: 'fallback:void 0,$1',
    expect: 'fallback:void 0,globalConfig:',
  },
  // Dates: formatDate() formats in the browser's zone when it is given none (document header,
  // list cells, versions, the locked-document modal). Editors abroad saw another day's date.
  {
    what: `formatDate() defaults to ${DISPLAY_TIMEZONE}`,
    files: [`${UI}/utilities/formatDocTitle/formatDateTitle.js`],
    from: 'export const formatDate = ({\n  date,\n  i18n,\n  pattern,\n  timezone\n}) => {\n',
    to: `export const formatDate = ({\n  date,\n  i18n,\n  pattern,\n  timezone: requestedTimezone\n}) => {\n  // Patched (patches/@payloadcms+ui+3.90.1.patch, scripts/adminPatches.ts): without a zone,\n  // the config's admin.timezones.defaultTimezone, not the browser's.\n  const timezone = requestedTimezone ?? '${DISPLAY_TIMEZONE}';\n`,
  },
  {
    what: `formatDate() defaults to ${DISPLAY_TIMEZONE} (client bundle)`,
    files: [UI_CLIENT],
    from: 'var zr=({date:t,i18n:e,pattern:o,timezone:n})=>{let r=',
    to: `var zr=({date:t,i18n:e,pattern:o,timezone:n})=>{/* Patched: the config's defaultTimezone when none is given (scripts/adminPatches.ts) */n=n??"${DISPLAY_TIMEZONE}";let r=`,
  },
  {
    what: `formatDate() defaults to ${DISPLAY_TIMEZONE} (shared bundle)`,
    files: [UI_SHARED],
    from: '({date:e,i18n:t,pattern:r,timezone:o})=>{let n=',
    to: `({date:e,i18n:t,pattern:r,timezone:o})=>{/* Patched: the config's defaultTimezone when none is given (scripts/adminPatches.ts) */o=o??"${DISPLAY_TIMEZONE}";let n=`,
  },

  // Punctuation around translated words, written in code.
  {
    what: '"Chargement…" (an ellipsis, not three dots)',
    files: [
      UI_CLIENT,
      UI_SHARED,
      `${UI}/utilities/formatDocTitle/formatDateTitle.js`,
      `${UI}/elements/ConfirmationModal/index.js`,
      `${UI}/elements/Spinner/index.js`,
      `${UI}/elements/Table/DefaultCell/fields/Relationship/index.js`,
      `${UI}/elements/FolderView/MoveDocToFolder/index.js`,
      `${UI}/elements/FolderView/Cell/index.client.js`,
    ],
    from: /(general:loading["']\)\})\.\.\./g,
    to: '$1…',
    expect: /general:loading["']\)\}…/,
  },
  {
    what: 'an untitled document is "Sans titre", not "[Sans titre]"',
    files: [UI_CLIENT, UI_SHARED, `${UI}/utilities/formatDocTitle/index.js`],
    from: /`\[\$\{(\w+)\.t\((["'])general:untitled\2\)\}\]`/g,
    to: '$1.t($2general:untitled$2)',
    // The bare call, no longer inside `[${…}]`.
    expect: /(?<![$][{])\b[\w$]+\.t\((["'])general:untitled\1\)(?![}]\])/,
  },
  {
    what: '"Sans titre · ID 12", not "Sans titre - ID: 12"',
    files: [
      UI_CLIENT,
      `${UI}/elements/Table/DefaultCell/fields/Relationship/index.js`,
      `${UI}/fields/Relationship/optionsReducer.js`,
      `${UI}/fields/Upload/Input.js`,
      LEXICAL_CLIENT,
      `${LEXICAL}/features/link/client/plugins/floatingLinkEditor/LinkEditor/index.js`,
      `${NEXT}/views/Version/RenderFieldsToDiff/fields/Relationship/generateLabelFromValue.js`,
      `${NEXT}/views/Version/RenderFieldsToDiff/fields/Upload/index.js`,
    ],
    from: /(general:untitled["'](?:, ?\w+)?\)\}) - ID: \$\{/g,
    to: '$1 · ID ${',
    expect: ' · ID ${',
  },
  {
    what: '"Sans titre · ID 12" in the upload field',
    files: [UI_CLIENT, `${UI}/fields/Upload/Input.js`],
    from: '" - ID: "',
    to: '" · ID "',
  },
  {
    what: '"Statut : Publié", "Création : …" (a space before the colon)',
    files: [UI_CLIENT, `${UI}/elements/DocumentControls/index.js`],
    from: '":\\xA0"',
    to: '"\\xA0:\\xA0"',
  },
  {
    what: '"Statut : Publié" (a space before the colon)',
    files: [`${UI}/elements/Status/index.js`],
    from: '":\u00a0"',
    to: '"\u00a0:\u00a0"',
  },
  // Payload shows every error of a failed save through its invalid-fields toast, which cuts a
  // message at its first colon and then at each comma, as if it listed fields: "Import refusé,
  // rien n’a été écrit : Ce fichier n’est pas du JSON lisible, …" came out as "(2) :" and two
  // half-sentences. Only an error that carries field errors (a ValidationError's data.errors) is
  // shown that way now; any other message is shown whole.
  {
    what: 'a save refused with a message (not field errors) shows it whole, not cut at its colon and commas',
    files: [UI_CLIENT],
    from: '_b.forEach(Mc=>{Mo(wn(bh,{errorMessage:Mc.message||P("error:unknown")}))})',
    to: '_b.forEach(Mc=>{Mo(Array.isArray(Mc?.data?.errors)?wn(bh,{errorMessage:Mc.message||P("error:unknown")}):Mc.message||P("error:unknown"))})',
  },
  {
    what: 'a save refused with a message (not field errors) shows it whole, not cut at its colon and commas',
    files: [`${UI}/forms/Form/index.js`],
    from: "            errorToast(/*#__PURE__*/_jsx(FieldErrorsToast, {\n              errorMessage: err_1.message || t('error:unknown')\n            }));",
    to: "            errorToast(Array.isArray(err_1?.data?.errors) ? /*#__PURE__*/_jsx(FieldErrorsToast, {\n              errorMessage: err_1.message || t('error:unknown')\n            }) : err_1.message || t('error:unknown'));",
  },
  ...phrase('the invalid fields toast: "Les champs suivants ne sont pas valides (2) :"', [UI_CLIENT], [
    ['message:`${o}: `', 'message:`${o.trimEnd()}\\xA0: `'],
    ['message:`${o} (${r.length}):`', 'message:`${o.trimEnd()} (${r.length})\\xA0:`'],
  ]),
  ...phrase('the invalid fields toast: "Les champs suivants ne sont pas valides (2) :"', [`${UI}/elements/Toasts/fieldErrors.js`], [
    ['message: `${intro}: `', 'message: `${intro.trimEnd()}\\xA0: `'],
    ['message: `${intro} (${errors.length}):`', 'message: `${intro.trimEnd()} (${errors.length})\\xA0:`'],
  ]),
  {
    what: 'the status tooltip "Statut : Publié"',
    files: [UI_CLIENT, `${UI}/elements/Status/index.js`],
    from: /(version:status["']\)\}): \$\{/g,
    to: '$1\\xA0: ${',
    expect: ')}\\xA0: ${',
  },
  {
    what: 'the locked-document modal "Utilisateur : 12"',
    files: [UI_CLIENT, `${UI}/elements/DocumentLocked/index.js`],
    from: /(general:user["']\)\}): \$\{/g,
    to: '$1\\xA0: ${',
    expect: ')}\\xA0: ${',
  },
  {
    what: 'the locale selector "Langue :"',
    files: [UI_CLIENT, `${UI}/elements/Localizer/LocalizerLabel/index.js`],
    from: /(general:locale["']\)\}):`/g,
    to: '$1\\xA0:`',
    expect: ')}\\xA0:`',
  },

  // Relationship pills: "Modifier : Commerce et marketing" (Payload's own translation).
  {
    what: 'the edit button of a relationship pill',
    files: [UI_CLIENT],
    from: '"aria-label":`Edit ${r}`',
    to: '"aria-label":m("general:editLabel",{label:r})',
  },
  {
    what: 'the edit button of a relationship pill',
    files: [`${UI}/fields/Relationship/select-components/MultiValueLabel/index.js`],
    from: '"aria-label": `Edit ${label}`',
    to: '"aria-label": t("general:editLabel", {\n          label\n        })',
  },

  // The live preview's size menu.
  ...phrase('Payload\'s own components', [UI_CLIENT], [['label:"Responsive"', 'label:"Adaptatif"']]),
  ...phrase('Payload\'s own components', [`${UI}/providers/LivePreview/index.js`], [["label: 'Responsive'", "label: 'Adaptatif'"]]),
  ...phrase('Payload\'s own components', [UI_CLIENT, `${UI}/elements/FileDetails/FileMeta/index.js`], [['"Copy URL"', '"Copier l’URL"']]),
  ...phrase('Payload\'s own components', [UI_CLIENT, `${UI}/forms/Form/errorMessages.js`], [
    ['Your request was too large to submit successfully.', 'La demande est trop volumineuse pour être envoyée.'],
  ]),
  ...phrase('Payload\'s own components', [UI_CLIENT, `${UI}/elements/Upload/index.js`], [
    ['A file is required.', 'Un fichier est requis.'],
    ['A file name is required.', 'Le fichier doit avoir un nom.'],
    ['Failed to fetch the file.', 'Le fichier n’a pas pu être récupéré.'],
    ['The provided URL is not allowed.', 'Cette URL n’est pas autorisée.'],
  ]),
  {
    what: 'bulk upload toasts',
    files: [UI_CLIENT, `${UI}/elements/BulkUpload/FormsManager/index.js`],
    from: /`Successfully saved \$\{(\w+)\} files`/g,
    to: '`Fichiers enregistrés\\xA0: ${$1}`',
    expect: 'Fichiers enregistrés',
  },
  {
    what: 'bulk upload toasts',
    files: [UI_CLIENT, `${UI}/elements/BulkUpload/FormsManager/index.js`],
    from: /`Failed to save \$\{(\w+)\} files`/g,
    to: '`Fichiers non enregistrés\\xA0: ${$1}`',
    expect: 'Fichiers non enregistrés',
  },
  ...phrase(
    'Payload\'s own components',
    [UI_CLIENT, `${UI}/elements/Table/index.js`, `${UI}/elements/Table/OrderableTable.js`, `${UI}/elements/QueryPresets/cells/ColumnsCell/index.js`],
    [['No columns selected', 'Aucune colonne sélectionnée']],
  ),
  ...phrase('Payload\'s own components', [UI_CLIENT, `${UI}/elements/SearchBar/index.js`, `${UI}/elements/Combobox/index.js`], [
    ['Search...', 'Rechercher…'],
  ]),

  // react-select (inlined in the client bundle): what screen readers announce in every select.
  ...phrase('react-select', [UI_CLIENT], [
    [
      '"Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu".concat(r?", press Tab to select the option and exit the menu":"",".")',
      '"Flèches haut et bas pour parcourir les options, Entrée pour choisir l’option active, Échap pour fermer le menu".concat(r?", Tab pour choisir l’option et fermer le menu":"",".")',
    ],
    [
      '"".concat(e["aria-label"]||"Select"," is focused ").concat(o?",type to refine list":"",", press Down to open the menu, ").concat(n?" press left to focus selected values":"")',
      '"".concat(e["aria-label"]||"Liste de choix"," a le focus").concat(o?", tapez pour filtrer la liste":"",", flèche bas pour ouvrir le menu").concat(n?", flèche gauche pour parcourir les valeurs choisies":"")',
    ],
    [
      '"Use left and right to toggle between focused values, press Backspace to remove the currently focused value"',
      '"Flèches gauche et droite pour passer d’une valeur choisie à l’autre, Retour arrière pour retirer la valeur active"',
    ],
    ['"option ".concat(r,", deselected.")', '"option ".concat(r,", retirée.")'],
    ['"All selected options have been cleared."', '"Toutes les options choisies ont été retirées."'],
    [
      '"option".concat(s.length>1?"s":""," ").concat(s.join(","),", selected.")',
      '"option".concat(s.length>1?"s":""," ").concat(s.join(", "),s.length>1?", choisies.":", choisie.")',
    ],
    [
      '"option ".concat(r," is disabled. Select another option."):"option ".concat(r,", selected.")',
      '"option ".concat(r," indisponible\\xA0: choisissez-en une autre."):"option ".concat(r,", choisie.")',
    ],
    ['"".concat(h.indexOf(g)+1," of ").concat(h.length)', '"".concat(h.indexOf(g)+1," sur ").concat(h.length)'],
    ['"value ".concat(i," focused, ")', '"valeur ".concat(i," active, ")'],
    ['var f=a?" disabled":"",m="".concat(c?" selected":"")', 'var f=a?" indisponible":"",m="".concat(c?" choisie":"")'],
    ['" for search term "+o', '" pour la recherche «\\xA0"+o+"\\xA0»"'],
    [
      '"".concat(o," result").concat(o!==1?"s":""," available")',
      '"".concat(o," résultat").concat(o!==1?"s":""," disponible").concat(o!==1?"s":"")',
    ],
    ['"aria-label":"Remove ".concat(o||"option")', '"aria-label":"Retirer ".concat(o||"l’option")'],
    ['loadingMessage:function(){return"Loading..."}', 'loadingMessage:function(){return"Chargement…"}'],
    ['n=o===void 0?"Loading...":o', 'n=o===void 0?"Chargement…":o'],
    ['noOptionsMessage:function(){return"No options"}', 'noOptionsMessage:function(){return"Aucune option"}'],
    ['n=o===void 0?"No options":o', 'n=o===void 0?"Aucune option":o'],
    ['placeholder:"Select..."', 'placeholder:"Choisir…"'],
  ]),
  // sonner (toasts)
  ...phrase('sonner', [UI_CLIENT], [['closeButtonAriaLabel:N="Close toast"', 'closeButtonAriaLabel:N="Fermer la notification"']]),
  // react-image-crop (the image editor's crop and focal point)
  ...phrase('react-image-crop', [UI_CLIENT], [
    ['Use the arrow keys to move the crop selection area', 'Déplacez la zone de recadrage avec les flèches'],
    ...(
      [
        ['north west', 'haut gauche'],
        ['north east', 'haut droit'],
        ['south east', 'bas droit'],
        ['south west', 'bas gauche'],
      ] as const
    ).map(([corner, coin]): [string, string] => [
      `Use the arrow keys to move the ${corner} drag handle to change the crop selection area`,
      `Déplacez la poignée ${coin} avec les flèches pour modifier la zone de recadrage`,
    ]),
    ...(
      [
        ['north', 'haut'],
        ['east', 'droite'],
        ['south', 'bas'],
        ['west', 'gauche'],
      ] as const
    ).map(([side, bord]): [string, string] => [
      `Use the up and down arrow keys to move the ${side} drag handle to change the crop selection area`,
      `Déplacez la poignée ${bord} avec les flèches pour modifier la zone de recadrage`,
    ]),
  ]),
  // react-datepicker's calendar flips above or below its field but never slides sideways, and
  // it is positioned inside the sidebar, a scroll container narrower than the calendar: at
  // 1280 px with the menu open it ran 58 px past the window's right edge, clipped by the
  // sidebar, and on a phone above the top. Positioned `fixed` (so no scroll container clips
  // it) and with floating-ui's `shift`, it stays inside the window, 8 px from its edges.
  {
    what: 'the date picker’s calendar stays inside the window',
    files: [UI_DATEPICKER],
    from: /whileElementsMounted:([\w$]+)\.autoUpdate,(placement:[\w$.]+,middleware:[\w$]+\(\[)\1\.flip\(\{padding:15\}\),\1\.offset\(10\),\1\.arrow\(\{element:([\w$]+)\}\)\]/,
    to: 'whileElementsMounted:$1.autoUpdate,strategy:"fixed",$2$1.flip({padding:15}),$1.offset(10),$1.arrow({element:$3}),$1.shift({padding:8,crossAxis:!0})]',
    expect: 'strategy:"fixed",placement:',
  },
  // react-datepicker (every date field and the scheduling drawer)
  ...phrase('react-datepicker', [UI_DATEPICKER], [
    ['"Time"', '"Heure"'],
    ['"Choose Time"', '"Choisir l’heure"'],
    ['"Choose Date".concat(u?" and Time":"")', '"Choisir la date".concat(u?" et l’heure":"")'],
    ['p=d===void 0?"Choose":d', 'p=d===void 0?"Choisir le":d'],
    ['M=b===void 0?"Not available":b', 'M=b===void 0?"Indisponible\\xA0:":b'],
    ['b=p===void 0?"Month ":p', 'b=p===void 0?"Mois ":p'],
    ['ariaLabelPrefix:"week "', 'ariaLabelPrefix:"semaine "'],
    ['"Previous Month"', '"Mois précédent"'],
    ['"Next Month"', '"Mois suivant"'],
    ['"Previous Year"', '"Année précédente"'],
    ['"Next Year"', '"Année suivante"'],
    ['"Selected start date: "', '"Date de début choisie\\xA0: "'],
    ['"End date: "', '"date de fin\\xA0: "'],
    ['"Selected time: "', '"Heure choisie\\xA0: "'],
    ['"Selected year: "', '"Année choisie\\xA0: "'],
    ['"Selected month: "', '"Mois choisi\\xA0: "'],
    ['"Selected quarter: "', '"Trimestre choisi\\xA0: "'],
    ['"Selected date: "', '"Date choisie\\xA0: "'],
    ['ce=X===void 0?"Close":X', 'ce=X===void 0?"Effacer":X'],
  ]),

  // The rich-text editor's handles and link popup.
  ...phrase('richtext-lexical', [LEXICAL_FIELD, `${LEXICAL}/lexical/plugins/handles/AddBlockHandlePlugin/index.js`], [['Add block', 'Ajouter un bloc']]),
  ...phrase('richtext-lexical', [LEXICAL_FIELD, `${LEXICAL}/lexical/plugins/handles/DraggableBlockPlugin/index.js`], [['Drag to move', 'Glisser pour déplacer']]),
  ...phrase('richtext-lexical', [LEXICAL_FIELD, `${LEXICAL}/lexical/plugins/InsertParagraphAtEnd/index.js`], [['Insert Paragraph', 'Insérer un paragraphe']]),
  ...phrase('richtext-lexical', [LEXICAL_FIELD, `${LEXICAL}/lexical/LexicalProvider.js`], [['"Loading..."', '"Chargement…"']]),
  ...phrase('richtext-lexical', [LEXICAL_CLIENT, `${LEXICAL}/features/link/client/plugins/floatingLinkEditor/LinkEditor/index.js`], [
    ['Edit link', 'Modifier le lien'],
    ['Remove link', 'Retirer le lien'],
  ]),

  ...phrase('richtext-lexical', [LEXICAL_CLIENT], [
    ['buttonAriaLabel:`${c} dropdown`', 'buttonAriaLabel:{add:"Insérer",text:"Style du texte",align:"Alignement"}[c]??c'],
  ]),
  ...phrase('richtext-lexical', [`${LEXICAL}/features/toolbars/shared/ToolbarDropdown/index.js`], [
    ['buttonAriaLabel: `${groupKey} dropdown`', "buttonAriaLabel: {\n      add: 'Insérer',\n      text: 'Style du texte',\n      align: 'Alignement'\n    }[groupKey] ?? groupKey"],
  ]),

  // A checkbox's tooltip was its field's name ("minorCorrection"); its label says it already.
  ...phrase('Payload\'s own components', [UI_CLIENT], [['required:h,title:n,type:"checkbox"', 'required:h,type:"checkbox"']]),
  {
    what: 'Payload\'s own components',
    files: [`${UI}/fields/Checkbox/Input.js`],
    from: '      title: name,\n      type: "checkbox"',
    to: '      type: "checkbox"',
    expect: '      required,\n      type: "checkbox"',
  },

  // Drag and drop (array rows, relationship pills): what screen readers announce.
  ...phrase('@dnd-kit/sortable', [UI_CLIENT, '@dnd-kit/sortable/dist/sortable.cjs.production.min.js'], [
    ['roleDescription:"sortable"', 'roleDescription:"élément déplaçable"'],
  ]),
  ...phrase('@dnd-kit/sortable', ['esm', 'cjs.development'].map((build) => `@dnd-kit/sortable/dist/sortable.${build}.js`), [["roleDescription: 'sortable'", "roleDescription: 'élément déplaçable'"]]),
  ...phrase(
    '@dnd-kit/core',
    ['esm', 'cjs.development', 'cjs.production.min'].map((build) => `@dnd-kit/core/dist/core.${build}.js`),
    [
      ['To pick up a draggable item, press the space bar.', 'Pour saisir un élément, appuyez sur Espace.'],
      ['While dragging, use the arrow keys to move the item.', 'Déplacez-le ensuite avec les flèches.'],
      [
        'Press space again to drop the item in its new position, or press escape to cancel.',
        'Appuyez de nouveau sur Espace pour le déposer à sa nouvelle place, ou sur Échap pour annuler.',
      ],
      ['"Picked up draggable item "', '"Élément saisi\\xA0: "'],
      ['"Dragging was cancelled. Draggable item "', '"Déplacement annulé. Élément "'],
      ['"Draggable item "', '"Élément "'],
      ['" was moved over droppable area "', '" déplacé au-dessus de la zone "'],
      ['" is no longer over a droppable area."', '" hors de toute zone de dépôt."'],
      ['" was dropped over droppable area "', '" déposé sur la zone "'],
      ['" was dropped."', '" déposé."'],
    ],
  ),

  // Dialogs were named after their internal slug ("schedule-publish-1", "delete-1",
  // "drawer_1_lexical-rich-text-link-…"): named after their title when it is text.
  ...phrase('dialog names', [UI_CLIENT], [
    ['{className:S,closeOnBlur:!1,slug:o,style:{zIndex:x},children:[', '{className:S,"aria-label":typeof a=="string"?a:void 0,closeOnBlur:!1,slug:o,style:{zIndex:x},children:['],
    [
      '{className:S,closeOnBlur:!1,slug:a,style:{zIndex:x},children:L1("div",{className:`${Gf}__wrapper`',
      '{className:S,"aria-label":typeof l=="string"?l:void 0,closeOnBlur:!1,slug:a,style:{zIndex:x},children:L1("div",{className:`${Gf}__wrapper`',
    ],
  ]),
  ...phrase('dialog names', [`${UI}/elements/Drawer/index.js`], [
    [
      '          className: t7,\n          closeOnBlur: false,\n          slug,',
      '          className: t7,\n          "aria-label": typeof title === "string" ? title : undefined,\n          closeOnBlur: false,\n          slug,',
    ],
  ]),
  ...phrase('dialog names', [`${UI}/elements/ConfirmationModal/index.js`], [
    [
      '      className: t3,\n      closeOnBlur: false,\n      slug: modalSlug,',
      '      className: t3,\n      "aria-label": typeof heading === "string" ? heading : undefined,\n      closeOnBlur: false,\n      slug: modalSlug,',
    ],
  ]),
  ...phrase('richtext-lexical', [`${LEXICAL}/exports/client/chunk-QAW5QKEM.js`, `${LEXICAL}/lexical/plugins/SlashMenu/LexicalTypeaheadMenuPlugin/LexicalMenu.js`], [
    ['Slash menu', 'Menu d’insertion'],
  ]),

  // The versions comparison (a server component of @payloadcms/next).
  ...phrase('@payloadcms/next', [`${NEXT}/views/Version/RenderFieldsToDiff/DiffCollapser/index.js`], [
    ['isCollapsed ? "Expand" : "Collapse"', 'isCollapsed ? "Déplier" : "Replier"'],
  ]),

  // The versions list's sort buttons said "Trier par {{label}}": the column gave no label.
  {
    what: 'sort buttons of the versions list',
    files: [`${NEXT}/views/Versions/buildColumns.js`],
    from: /Label: (t\('[\w:]+'\)),\n(\s+)name:/g,
    to: 'Label: $1,\n$2label: $1,\n$2name:',
    expect: "label: t('general:updatedAt')",
  },
  // Who made each version: a column read from the version's `editedByName` (payload/review/fields.ts),
  // which Payload's list of versions has no way to add.
  {
    what: 'versions list: who made each version',
    files: [`${NEXT}/views/Versions/buildColumns.js`],
    from: "      }, i);\n    })\n  }, {\n    accessor: 'id',",
    to: "      }, i);\n    })\n  }, {\n    accessor: 'editedByName',\n    active: true,\n    field: {\n      name: '',\n      type: 'text'\n    },\n    Heading: /*#__PURE__*/_jsx(SortColumn, {\n      disable: true,\n      Label: 'Par',\n      label: 'Par',\n      name: \"editedByName\"\n    }),\n    renderedCells: docs.map((doc, i) => /*#__PURE__*/_jsx(\"span\", {\n      children: doc.version?.editedByName || '—'\n    }, i))\n  }, {\n    accessor: 'id',",
    expect: "accessor: 'editedByName'",
  },
  // The API tab.
  ...phrase('@payloadcms/next', [`${NEXT}/views/API/index.client.js`], [
    ['"API URL "', '"URL de l’API "'],
    ['"aria-label": "toggle fullscreen"', '"aria-label": "Plein écran"'],
  ]),
  ...phrase('@payloadcms/next', [`${NEXT}/views/API/RenderJSON/index.js`], [['"aria-label": "toggle"', '"aria-label": "Déplier ou replier"']]),

  // File sizes: "20 Ko", not "20KB" (payload, shared by server and browser).
  {
    what: 'file sizes in French units',
    files: ['payload/dist/uploads/formatFilesize.js'],
    from: "return '0 bytes';",
    to: "return '0\\u00a0octet';",
  },
  {
    what: 'file sizes in French units',
    files: ['payload/dist/uploads/formatFilesize.js'],
    from: "' bytes',\n        'KB',\n        'MB',\n        'GB',\n        'TB',",
    to: "'\\u00a0octets',\n        '\\u00a0Ko',\n        '\\u00a0Mo',\n        '\\u00a0Go',\n        '\\u00a0To',",
  },

  // Restoring a draft version of a global wrote it over the published row: the orientation quiz
  // went offline (a draft of 7 questions). A beforeOperation hook may now ask for a draft
  // (payload/hooks/restores.ts), which then lives in the versions only, as for collections.
  {
    what: 'a global’s restore may be made a draft by its hook',
    files: ['payload/dist/globals/operations/restoreVersion.js'],
    from: '    const { id, depth, draft, globalConfig, overrideAccess, populate, showHiddenFields } = args;',
    to: "    const { id, depth, draft: requestedDraft, globalConfig, overrideAccess, populate, showHiddenFields } = args;\n    // Patched (patches/payload+3.90.1.patch): a beforeOperation hook may decide the restore is\n    // saved as a draft, and a draft restored over a published global leaves it online.\n    let draft = requestedDraft;",
  },
  {
    what: 'a global’s restore may be made a draft by its hook',
    files: ['payload/dist/globals/operations/restoreVersion.js'],
    from: '                }) || args;\n            }\n        }\n        // /////////////////////////////////////\n        // Retrieve original raw version',
    to: '                }) || args;\n            }\n        }\n        draft = args.draft ?? requestedDraft;\n        // /////////////////////////////////////\n        // Retrieve original raw version',
  },
  {
    what: 'a draft restored over a published global leaves the published row',
    files: ['payload/dist/globals/operations/restoreVersion.js'],
    from: '            result.updatedAt = new Date().toISOString();\n            result = await payload.db.updateGlobal({',
    to: "            result.updatedAt = new Date().toISOString();\n            // A draft lives in the versions only: the published row stays what visitors read.\n            if (!(draft && global._status === 'published')) result = await payload.db.updateGlobal({",
  },
  // Saving a version whose arrays nest an array holding a hasMany select (the orientation quiz:
  // questions → answers → interests) inserted the answer's text id into the version table's
  // integer parent_id, and PostgreSQL refused the save: the recursive call lost the map from
  // those ids to the version rows' (payloadcms/payload#17142; the fix of #15787).
  {
    what: 'versions keep a hasMany select two arrays deep',
    files: ['@payloadcms/drizzle/dist/upsertRow/insertArrays.js'],
    from: '                db,\n                parentRows: insertedRows\n            });',
    to: "                db,\n                parentRows: insertedRows,\n                // Repères: the map of version rows' ids, for hasMany selects two arrays deep\n                // (payloadcms/payload#17142, the fix of payloadcms/payload#15787).\n                uuidMap\n            });",
  },
]

const nodeModules = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules')

/** The text with the patch applied: changes nothing once it is (tests/unit/adminPatches.test.ts). */
export const replace = (text: string, patch: AdminPatch) =>
  typeof patch.from === 'string' ? text.split(patch.from).join(patch.to) : text.replace(patch.from, patch.to)

const holds = (text: string, patch: AdminPatch) =>
  typeof patch.from === 'string' ? text.includes(patch.from) : new RegExp(patch.from.source, patch.from.flags.replace('g', '')).test(text)

/** Each file of each patch: still English (`from` present), patched, or neither (the text changed). */
export const patchState = (file: string, patch: AdminPatch): 'unpatched' | 'patched' | 'missing' => {
  const text = readFileSync(path.join(nodeModules, file), 'utf8')
  if (holds(text, patch)) return 'unpatched'
  const expected = patch.expect ?? patch.to
  return (typeof expected === 'string' ? text.includes(expected) : new RegExp(expected.source, expected.flags.replace('g', '')).test(text)) ? 'patched' : 'missing'
}

export const applyAdminPatches = (): string[] => {
  const problems: string[] = []
  for (const patch of ADMIN_PATCHES)
    for (const file of patch.files) {
      const state = patchState(file, patch)
      if (state === 'missing') problems.push(`${file}: "${String(patch.from).slice(0, 60)}" not found (${patch.what})`)
      if (state !== 'unpatched') continue
      const full = path.join(nodeModules, file)
      writeFileSync(full, replace(readFileSync(full, 'utf8'), patch))
    }
  return problems
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problems = applyAdminPatches()
  for (const problem of problems) console.error(problem)
  process.exit(problems.length ? 1 : 0)
}
