import { asset } from './assets.js';

/** A Bootstrap Italia sprite icon; decorative unless given a title. */
export function Icon(props: { name: string; class?: string; title?: string }): JSX.Element {
  const cls = `icon ${props.class ?? 'icon-sm'}`;
  return (
    <svg class={cls} aria-hidden={props.title ? undefined : 'true'} role={props.title ? 'img' : undefined}>
      {props.title ? <title safe>{props.title}</title> : ''}
      <use href={`${asset.biSprites}#${props.name}`}></use>
    </svg>
  );
}
