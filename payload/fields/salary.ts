type SalaryRange = { min?: number | null; max?: number | null; average?: number | null }

/** Keeps the published range coherent: min ≤ average ≤ max, whichever figures are filled in. */
export const validateSalaryRange = ({ min, max, average }: SalaryRange): true | string => {
  const known = (n: number | null | undefined): n is number => typeof n === 'number'
  if (known(min) && known(max) && min > max)
    return 'Le salaire minimum dépasse le salaire maximum.'
  if (known(average) && known(min) && average < min)
    return 'Le salaire moyen est inférieur au minimum.'
  if (known(average) && known(max) && average > max)
    return 'Le salaire moyen dépasse le maximum.'
  return true
}
