import { describe, expect, it } from 'vitest';
import { findQuotes, type RecognizedQuote } from '@shared/import/recognize/recognizeCopy';

type Expected = Partial<RecognizedQuote>;

// Each row: the paragraphs, then the quotes found in them (only the fields that matter to the case).
const cases: [string[], Expected[]][] = [
  // The forms of the issue.
  [
    [
      'Ukrainian President Volodymyr Zelensky spoke. “We must end this war,” he stated during a press conference.',
    ],
    [
      {
        text: 'We must end this war.',
        speaker: 'Volodymyr Zelensky',
        title: 'Ukrainian President',
        verb: 'stated',
        context: 'during a press conference',
        standalone: false,
      },
    ],
  ],
  [
    ['Kremlin spokesperson Dmitri Peskov noted, “There is no reason to expect progress.”'],
    [{ speaker: 'Dmitri Peskov', title: 'Kremlin spokesperson', verb: 'noted', standalone: true }],
  ],
  [
    ['"Rates will fall," said Arthur Miller, BankAmerica\'s vice president.'],
    [
      {
        text: 'Rates will fall.',
        speaker: 'Arthur Miller',
        title: "BankAmerica's vice president",
        verb: 'said',
      },
    ],
  ],
  [
    ['"The road stays closed," said Chief Constable Mark Jones.'],
    [{ speaker: 'Mark Jones', title: 'Chief Constable', verb: 'said', standalone: true }],
  ],
  [
    ['"Rates will fall," Miller said.'],
    [{ text: 'Rates will fall.', speaker: 'Miller', title: '', verb: 'said', standalone: true }],
  ],
  [
    ["Arthur Miller, BankAmerica's vice president, spoke first.", '"Rates will fall," Miller said.'],
    [{ speaker: 'Arthur Miller', title: "BankAmerica's vice president", paragraph: 1 }],
  ],
  // Curly, straight and single quotation marks.
  [['“We are ready,” she said.'], [{ text: 'We are ready.', verb: 'said', standalone: true }]],
  [['"We are ready," she said.'], [{ text: 'We are ready.', verb: 'said' }]],
  [['‘We are ready,’ she said.'], [{ text: 'We are ready.', verb: 'said' }]],
  [['‘We won’t stop,’ she said.'], [{ text: 'We won’t stop.', verb: 'said' }]],
  [['«We are ready,» she said.'], [{ text: 'We are ready.', verb: 'said' }]],
  // A quote split around its attribution is one quote.
  [
    ['"The talks," she said, "will resume next week."'],
    [{ text: 'The talks will resume next week.', standalone: true }],
  ],
  [
    ['“We are ready,” she said. “The rest is up to them.”'],
    [{ text: 'We are ready. The rest is up to them.', standalone: true }],
  ],
  // Attribution verbs and where they stand.
  [['“Will it end?” asked Jane Roe.'], [{ text: 'Will it end?', speaker: 'Jane Roe', verb: 'asked' }]],
  [['“It is over,” according to Peskov.'], [{ speaker: 'Peskov', verb: 'according to' }]],
  [['According to Peskov, “the talks are over.”'], [{ text: 'the talks are over.', speaker: 'Peskov' }]],
  [
    ['Peskov told reporters on Tuesday: “The talks are over.”'],
    [{ speaker: 'Peskov', verb: 'told', context: 'on Tuesday', standalone: true }],
  ],
  [
    ['“We must act now,” Peskov told reporters during a briefing.'],
    [{ speaker: 'Peskov', verb: 'told', context: 'during a briefing' }],
  ],
  [['“We will fight,” Miller, 54, said.'], [{ speaker: 'Miller', title: '', verb: 'said' }]],
  [
    ["“We will fight,” Miller, BankAmerica's vice president, said in an interview."],
    [{ speaker: 'Miller', title: "BankAmerica's vice president", context: 'in an interview' }],
  ],
  [
    ['“We will fight,” said Kremlin spokesperson Dmitri Peskov.'],
    [{ speaker: 'Dmitri Peskov', title: 'Kremlin spokesperson', verb: 'said' }],
  ],
  [
    ['Secretary of State Antony Blinken said, “We are ready.”'],
    [{ speaker: 'Antony Blinken', title: 'Secretary of State' }],
  ],
  [
    ['Kyiv resident Olena Petrenko, 34, said: “We are tired.”'],
    [{ speaker: 'Olena Petrenko', title: 'Kyiv resident' }],
  ],
  [['“We are tired,” she warned.'], [{ verb: 'warned' }]],
  [['“We are tired,” she explained.'], [{ verb: 'explained' }]],
  [['“We are tired,” he added.'], [{ verb: 'added' }]],
  [['“We are tired,” Miller later said.'], [{ speaker: 'Miller', verb: 'said' }]],
  // Speakers that are described, not named.
  [['“It is over,” the spokesperson said.'], [{ speaker: '', title: 'spokesperson', verb: 'said' }]],
  [
    ['“It is over,” the Kremlin said in a statement.'],
    [{ speaker: '', organization: 'Kremlin', context: 'in a statement' }],
  ],
  [
    ['“Rates will fall,” said a senior analyst at Capital Economics.'],
    [{ speaker: '', title: 'senior analyst', organization: 'Capital Economics' }],
  ],
  // Pronouns: the one person named before, or nobody when two could be meant.
  [
    ['NATO Secretary-General Mark Rutte said, “Allies stand together.”', '“We will not stop,” he added.'],
    [
      { speaker: 'Mark Rutte', paragraph: 0 },
      { speaker: 'Mark Rutte', title: 'NATO Secretary-General', verb: 'added', paragraph: 1 },
    ],
  ],
  [
    ['Ukrainian President Volodymyr Zelensky met Russian President Vladimir Putin. “We agreed,” he said.'],
    [{ speaker: '', verb: 'said' }],
  ],
  [['“We agreed,” he said.'], [{ speaker: '', verb: 'said' }]],
  [['“We agreed,” I said.'], [{ speaker: '', verb: 'said' }]],
  // Standalone or inside narrative.
  [
    ['The talks ended. “We are tired,” she said, adding that the war must end.'],
    [{ text: 'We are tired.', standalone: false }],
  ],
  [['“We are tired,” she said, adding that the war must end.'], [{ standalone: false }]],
  // A quote left open runs on: the next paragraph's quote is the same speaker's.
  [
    ['Kremlin spokesperson Dmitri Peskov said: “The talks are over.', '“There is nothing left to discuss.”'],
    [
      { speaker: 'Dmitri Peskov', paragraph: 0 },
      { text: 'There is nothing left to discuss.', speaker: 'Dmitri Peskov', paragraph: 1, standalone: true },
    ],
  ],
  // Quotes with no speaker: a whole sentence is still a quote, the speaker left blank.
  [
    ['“There is no deal yet and there may never be one.”'],
    [{ text: 'There is no deal yet and there may never be one.', speaker: '', verb: '', standalone: true }],
  ],
  [['“Nothing.”'], [{ text: 'Nothing.', speaker: '', standalone: true }]],
  // Near misses: scare quotes, titles and partial quotes in narrative have no speaker and are no quotes.
  [
    ['While the Kremlin stated that it does not expect any “miraculous advances” in the talks, it went on.'],
    [],
  ],
  [['The so-called “peace plan” was rejected.'], []],
  [['The Kremlin called it “a provocation.”'], []],
  [['Peskov said the talks were “unlikely to succeed.”'], []],
  [['He watched “The Lord of the Rings” twice.'], []],
  [['The player is 6\'2" tall and weighs 90 kilograms.'], []],
  [['Zelensky’s proposal aims for a ceasefire, officials said.'], []],
  [
    ['“We are ready for anything they bring.” Peskov said the talks would go on.'],
    [{ speaker: '', verb: '' }],
  ],
  [['She said it was the ’90s all over again.'], []],
  [['The film “The Return of the King and the Fall of Mordor,” which won, was long.'], []],
  [['“We will fight,” Jane Kelly said.'], [{ speaker: 'Jane Kelly' }]],
  [
    ['“We will fight,” said Arthur Miller, who heads the bank.'],
    [{ speaker: 'Arthur Miller', title: '', standalone: false }],
  ],
];

describe('findQuotes', () => {
  it.each(cases)('%j', (paragraphs, expected) => {
    const quotes = findQuotes(paragraphs);
    expect(quotes).toHaveLength(expected.length);
    expected.forEach((quote, index) => expect(quotes[index]).toMatchObject(quote));
  });

  it('gives every field of a quote, empty where nothing was found', () => {
    expect(findQuotes(['“Nothing.”'])).toEqual([
      {
        text: 'Nothing.',
        speaker: '',
        title: '',
        organization: '',
        context: '',
        verb: '',
        paragraph: 0,
        standalone: true,
      },
    ]);
  });
});
