// The cast of a page, grouped by kind, most-mentioned first. Each name is a button that
// takes the reader to its first mention in the page.
import type { Actor, ActorKind } from '../lib/engine/types';
import { ACTOR_KINDS } from '../lib/engine/types';
import { t } from '../lib/locale/i18n';
import { kindPlural } from './kind-labels';

export interface CastListProps {
  actors: readonly Actor[];
  /** Called when the reader chooses a name; absent = names are plain text. */
  onShowActor?: (actor: Actor) => void;
}

export function groupByKind(actors: readonly Actor[]): Array<{ kind: ActorKind; actors: Actor[] }> {
  return ACTOR_KINDS.map((kind) => ({
    kind,
    actors: actors.filter((actor) => actor.kind === kind).sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
  })).filter((group) => group.actors.length > 0);
}

/** What the article first says the actor is ("chair of the LDP's foreign affairs committee"). */
export function firstDescriptor(actor: Actor): string | null {
  const first = [...actor.descriptors].sort((a, b) => a.start - b.start)[0];
  return first ? first.text : null;
}

export function CastList({ actors, onShowActor }: CastListProps) {
  return (
    <div class="cast">
      {groupByKind(actors).map((group) => (
        <section key={group.kind} aria-labelledby={`cast-${group.kind}`}>
          <h2 id={`cast-${group.kind}`} class="cast-kind">
            {kindPlural(group.kind)} <span class="cast-count">({group.actors.length})</span>
          </h2>
          <ul class="cast-list">
            {group.actors.map((actor) => (
              <li key={actor.id} class="cast-actor">
                <CastEntry actor={actor} onShowActor={onShowActor} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function CastEntry({ actor, onShowActor }: { actor: Actor; onShowActor: CastListProps['onShowActor'] }) {
  const descriptor = firstDescriptor(actor);
  const body = (
    <>
      <span class="cast-text">
        <span class="cast-name">{actor.name}</span>
        {descriptor && <span class="cast-descriptor">{descriptor}</span>}
      </span>
      <span class="cast-mentions">
        <span aria-hidden="true">{actor.mentions}</span>
        <span class="visually-hidden">{t('castMentions', actor.mentions)}</span>
      </span>
    </>
  );
  if (!onShowActor) return <div class="cast-row">{body}</div>;
  return (
    <button type="button" class="cast-row cast-button" data-actor-id={actor.id} onClick={() => onShowActor(actor)}>
      {body}
    </button>
  );
}
