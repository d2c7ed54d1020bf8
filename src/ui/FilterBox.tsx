/** The filter box above the list. */
export function FilterBox(props: { label: string; placeholder: string; value: string; onInput(value: string): void }) {
  return (
    <input
      type="search"
      class="filter"
      aria-label={props.label}
      placeholder={props.placeholder}
      value={props.value}
      onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
    />
  );
}
