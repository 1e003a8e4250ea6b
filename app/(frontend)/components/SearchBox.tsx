'use client'

import { useEffect, useId, useRef, useState } from 'react'

import { routes } from '@/payload/routes'

type Suggestion = { title: string; url: string; kind: 'career' | 'news' }

const KIND_LABEL = { career: 'Métier', news: 'Actualité' } as const

/**
 * The search input, upgraded to an ARIA 1.2 combobox once JavaScript runs: titles are suggested
 * as one types (arrow keys to move, Enter to open, Escape to close). Without JavaScript it is
 * a plain search field and the form still submits to /recherche.
 */
type Props = { id: string; defaultValue: string; maxLength: number; placeholder: string }

export function SearchBox({ id, defaultValue, maxLength, placeholder }: Props) {
  const listId = useId()
  const [value, setValue] = useState(defaultValue)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const typed = useRef(false)
  const input = useRef<HTMLInputElement>(null)
  const dismissed = useRef(false)

  useEffect(() => {
    const query = value.trim()
    if (!typed.current || query.length < 2) {
      setSuggestions([])
      return
    }
    const controller = new AbortController()
    // A short pause: no request per keystroke for a fast typist.
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(routes.suggestions(query), { signal: controller.signal })
        const body = (await response.json()) as { suggestions: Suggestion[] }
        setSuggestions(body.suggestions)
        setActive(-1)
        // An answer arriving after the visitor left the field (or pressed Escape) stays closed.
        setOpen(body.suggestions.length > 0 && document.activeElement === input.current && !dismissed.current)
      } catch {
        // Aborted by the next keystroke, or offline: the form still works.
      }
    }, 120)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [value])

  const expanded = open && suggestions.length > 0
  const optionId = (index: number) => `${listId}-option-${index}`

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!suggestions.length) return
      event.preventDefault()
      dismissed.current = false
      setOpen(true)
      // Positions -1 (the text typed) to n-1, wrapping around at both ends.
      const step = event.key === 'ArrowDown' ? 1 : -1
      const positions = suggestions.length + 1
      setActive((current) => ((current + 1 + step + positions) % positions) - 1)
    } else if (event.key === 'Enter' && expanded && active >= 0 && suggestions[active]) {
      event.preventDefault()
      window.location.assign(suggestions[active].url)
    } else if (event.key === 'Escape') {
      dismissed.current = true
      if (expanded) {
        event.preventDefault()
        setOpen(false)
        setActive(-1)
      }
    }
  }

  return (
    <div className="combobox">
      <input
        ref={input}
        id={id}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        onChange={(event) => {
          typed.current = true
          dismissed.current = false
          setValue(event.target.value)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(suggestions.length > 0)}
      />
      <ul id={listId} role="listbox" aria-label="Suggestions" className="combobox__list" hidden={!expanded}>
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.url}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="combobox__option"
            // mousedown, not click: it comes before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault()
              window.location.assign(suggestion.url)
            }}
          >
            <span>{suggestion.title}</span> <span className="combobox__kind">{KIND_LABEL[suggestion.kind]}</span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? `${suggestions.length} suggestion${suggestions.length > 1 ? 's' : ''}, flèches haut et bas pour choisir` : ''}
      </p>
    </div>
  )
}
