/**
 * Actors across the corpus: the records of every document merge by id, and a person known in one
 * article only by surname joins the one person of that surname named in full elsewhere.
 */
import type { ContractActor } from '@/lib/model';
import type { ActorRecord } from '@/lib/nlp/actors/resolve';
import { surnameOf } from '@/lib/nlp/actors/names';

export class ActorRegistry {
  private byId = new Map<
    string,
    ContractActor & { aliasSet: Set<string>; docSet: Set<string>; firmIn: number; rescuable: boolean }
  >();

  /** Adds a document's actors. */
  add(documentId: string, actors: Map<string, ActorRecord>): void {
    for (const a of actors.values()) {
      let c = this.byId.get(a.id);
      if (!c) {
        c = {
          id: a.id,
          name: a.name,
          kind: a.kind,
          country: a.country,
          aliases: [],
          mentions: 0,
          documents: [],
          aliasSet: new Set(),
          docSet: new Set(),
          firmIn: 0,
          rescuable: false,
        };
        this.byId.set(a.id, c);
      }
      if (a.kind === 'person' && a.name.length > c.name.length) c.name = a.name;
      c.country ??= a.country;
      if (a.code && !c.code) {
        c.code = a.code;
        c.role = a.role ?? null;
        c.trail = a.trail;
      }
      c.mentions += a.mentions;
      for (const s of a.aliases) c.aliasSet.add(s);
      c.docSet.add(documentId);
      if (!a.tentative) c.firmIn++;
      // a word that only ever opens sentences ("Bilateral") is not vouched for by recurring
      if (!a.openingOnly) c.rescuable = true;
    }
  }

  /**
   * Settles cross-document identity; returns a map from old ids to the ids they merged into.
   * A one-word person or unknown name ("Trump") joins the single person whose full name ends in
   * that word.
   */
  settle(): { renamed: Map<string, string>; dropped: Set<string> } {
    const renamed = new Map<string, string>();
    // a name only capitals vouch for, named once and in one document only, is not kept
    const dropped = new Set<string>();
    for (const a of this.byId.values()) {
      if (a.firmIn === 0 && (a.docSet.size < 2 || !a.rescuable)) {
        dropped.add(a.id);
        this.byId.delete(a.id);
      }
    }
    const bySurname = new Map<string, string[]>();
    for (const a of this.byId.values()) {
      if (a.kind !== 'person' || !/\s/.test(a.name)) continue;
      const last = surnameOf(a.name, a.country);
      bySurname.set(last, [...(bySurname.get(last) ?? []), a.id]);
    }
    for (const a of [...this.byId.values()]) {
      // a one-word person, or an unknown one-word name the document could not type ("Okonkwo praised …")
      if ((a.kind !== 'person' && a.kind !== 'other') || /\s/.test(a.name)) continue;
      const full = bySurname.get(a.name);
      if (full?.length !== 1 || full[0] === a.id) continue;
      const into = this.byId.get(full[0]!)!;
      into.mentions += a.mentions;
      for (const s of a.aliasSet) into.aliasSet.add(s);
      for (const d of a.docSet) into.docSet.add(d);
      renamed.set(a.id, into.id);
      this.byId.delete(a.id);
    }
    return { renamed, dropped };
  }

  /** The actors, sorted by id, as the contract prints them. */
  list(): ContractActor[] {
    return [...this.byId.values()]
      .map(({ aliasSet, docSet, firmIn: _firm, rescuable: _rescuable, ...a }) => ({
        ...a,
        aliases: [...aliasSet].sort(),
        documents: [...docSet].sort(),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
