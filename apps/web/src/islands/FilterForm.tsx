import { useRef } from 'react'

export interface FilterSelect {
  name: string
  label: string
  value: string
  options: { value: string; label: string }[]
}

interface Props {
  action: string
  selects: FilterSelect[]
  keyword: { name: string; label: string; value: string; placeholder: string }
  submitLabel: string
  clearLabel: string
  allLabel: string
}

/**
 * The list filters. Rendered on the server as a plain GET form, so filtering
 * works without JavaScript and every filtered view has a shareable URL; once
 * hydrated, changing a select applies it at once instead of waiting for the button.
 */
export default function FilterForm({
  action,
  selects,
  keyword,
  submitLabel,
  clearLabel,
  allLabel,
}: Props) {
  const form = useRef<HTMLFormElement>(null)
  const submit = () => form.current?.requestSubmit()
  return (
    <form
      ref={form}
      className="filters"
      method="get"
      action={action}
      role="search"
      data-testid="filters"
    >
      {selects.map((select) => (
        <label key={select.name}>
          {select.label}
          <select name={select.name} defaultValue={select.value} onChange={submit}>
            <option value="">{allLabel}</option>
            {select.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label>
        {keyword.label}
        <input
          type="search"
          name={keyword.name}
          defaultValue={keyword.value}
          placeholder={keyword.placeholder}
          maxLength={50}
        />
      </label>
      <div className="filter-actions">
        <button type="submit">{submitLabel}</button> <a href={action}>{clearLabel}</a>
      </div>
    </form>
  )
}
