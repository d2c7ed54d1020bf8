/** One group of the popup (Money, Companies, Quotes and claims): a heading with its count and its rows. */
import type { ComponentChildren } from 'preact';

export function FindingGroup(props: { id: string; title: string; count: number; countLabel: string; children: ComponentChildren }) {
  const headingId = `group-${props.id}`;
  return (
    <section class="group" data-group={props.id} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {props.title} <span class="count" data-testid={`count-${props.id}`} aria-label={props.countLabel}>{props.count}</span>
      </h2>
      {props.count > 0 ? <ul class="items">{props.children}</ul> : null}
    </section>
  );
}
