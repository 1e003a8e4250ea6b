/** A fixed list of choices, as the admin's select fields and the pages both read it. */
type Choice = { readonly value: string; readonly label: string }

/** The select field's options. */
export const optionsOf = (choices: readonly Choice[]) => choices.map(({ value, label }) => ({ value, label }))

/** The label shown for a stored value, undefined for none or a value no longer listed. */
export const labelOf =
  (choices: readonly Choice[]) =>
  (value: string | null | undefined): string | undefined =>
    choices.find((choice) => choice.value === value)?.label
