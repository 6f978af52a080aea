// The cast of a page, grouped by kind, most-mentioned first.
import type { Actor, ActorKind } from '../lib/engine/types';
import { ACTOR_KINDS } from '../lib/engine/types';
import { t } from '../lib/i18n';
import { kindPlural } from './kind-labels';

export interface CastListProps {
  actors: readonly Actor[];
}

export function groupByKind(actors: readonly Actor[]): Array<{ kind: ActorKind; actors: Actor[] }> {
  return ACTOR_KINDS.map((kind) => ({
    kind,
    actors: actors.filter((actor) => actor.kind === kind).sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
  })).filter((group) => group.actors.length > 0);
}

export function CastList({ actors }: CastListProps) {
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
                <span class="cast-name">{actor.name}</span>
                <span class="cast-mentions" aria-label={t('castMentions', actor.mentions)}>
                  {actor.mentions}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
