import type { PersonParts } from './personPhrase';

/** The people one paragraph has named so far: who, and whether more than one person. */
interface Named {
  paragraph: number;
  first: PersonParts;
  /** The longest name and first title and organization given for `first`. */
  fullest: PersonParts;
  mixed: boolean;
}

function surnameOf(name: string): string {
  const words = name.split(/\s+/u).filter((word) => !/^(?:jr|sr|ii|iii|iv)\.?$/iu.test(word));
  return words.at(-1) ?? '';
}

function samePerson(a: PersonParts, b: PersonParts): boolean {
  return a.speaker === b.speaker || surnameOf(a.speaker) === surnameOf(b.speaker);
}

function fuller(known: PersonParts, person: PersonParts): PersonParts {
  return {
    speaker: person.speaker.length > known.speaker.length ? person.speaker : known.speaker,
    title: known.title || person.title,
    organization: known.organization || person.organization,
  };
}

/**
 * The people a story has named, fed in reading order, for a later `he said` or `Miller said` to refer back to.
 * Every question is answered from running summaries, so a story naming thousands of people stays linear.
 */
export class PeopleLedger {
  private current: Named | null = null;
  private previous: Named | null = null;
  private readonly bySurname = new Map<string, { paragraph: number; person: PersonParts }>();

  add(paragraph: number, { speaker, title, organization }: PersonParts): void {
    if (!speaker) return;
    const person = { speaker, title, organization };
    if (this.current && this.current.paragraph !== paragraph)
      [this.previous, this.current] = [this.current, null];
    if (!this.current) {
      this.current = { paragraph, first: person, fullest: person, mixed: false };
    } else if (samePerson(this.current.first, person)) {
      this.current.fullest = fuller(this.current.fullest, person);
    } else {
      this.current.mixed = true;
    }
    const surname = surnameOf(person.speaker);
    const known = this.bySurname.get(surname);
    const merged = known?.paragraph === paragraph ? fuller(known.person, person) : person;
    this.bySurname.set(surname, { paragraph, person: merged });
  }

  /**
   * Who `he`, `she` or `they` stands for in this paragraph, at this point: the one person named in the nearest
   * paragraph naming anyone, this one first. Null when that paragraph names two or more people.
   */
  resolvePronoun(paragraph: number): PersonParts | null {
    const named = this.current?.paragraph === paragraph ? this.current : (this.current ?? this.previous);
    if (!named || named.mixed) return null;
    return named.fullest;
  }

  /** `Miller` after `Arthur Miller, BankAmerica's vice president` was named: the latest one by that surname. */
  expand(person: PersonParts): PersonParts {
    const known = this.bySurname.get(surnameOf(person.speaker));
    if (!person.speaker || !known) return person;
    return {
      speaker: known.person.speaker.length > person.speaker.length ? known.person.speaker : person.speaker,
      title: person.title || known.person.title,
      organization: person.organization || known.person.organization,
    };
  }
}
