import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/findings';
import { quotes } from './helpers';

/** The speaker of the first quote of `text`. */
const speakerOf = (text: string, lang: Lang) => quotes(text, lang)[0]?.speaker;

describe('attribution patterns, per language', () => {
  const cases: [string, Lang, string, string][] = [
    ['X said', 'en', '“We will appeal the ruling,” Dana Whitfield said.', 'Dana Whitfield'],
    ['said X', 'en', '“We will appeal the ruling,” said Dana Whitfield.', 'Dana Whitfield'],
    ['X told Reuters', 'en', '“We will appeal the ruling,” Dana Whitfield told Reuters.', 'Dana Whitfield'],
    ['according to X', 'en', 'According to Dana Whitfield, “the ruling is wrong and we will appeal it”.', 'Dana Whitfield'],
    ['X said: before', 'en', 'Dana Whitfield said: “We will appeal the ruling.”', 'Dana Whitfield'],
    ['X a déclaré', 'fr', 'Paul Morel a déclaré : « Nous ne céderons rien à personne. »', 'Paul Morel'],
    ['a affirmé X', 'fr', '« Nous ne céderons rien à personne », a affirmé Paul Morel.', 'Paul Morel'],
    ['selon X', 'fr', 'Selon Paul Morel, « la réforme est morte et enterrée ».', 'Paul Morel'],
    ['sagte X', 'de', '„Wir bleiben bei unserem Plan“, sagte Jonas Albrecht.', 'Jonas Albrecht'],
    ['erklärte X', 'de', '„Der Plan ist gescheitert“, erklärte Jonas Albrecht am Montag.', 'Jonas Albrecht'],
    ['laut X', 'de', 'Laut Jonas Albrecht ist „der Plan längst gescheitert“.', 'Jonas Albrecht'],
    ['dijo X', 'es', '«No vamos a retroceder ni un paso», dijo Lucía Ferrer.', 'Lucía Ferrer'],
    ['afirmó X', 'es', '«No vamos a retroceder ni un paso», afirmó Lucía Ferrer.', 'Lucía Ferrer'],
    ['según X', 'es', 'Según Lucía Ferrer, «la empresa no va a retroceder».', 'Lucía Ferrer'],
    ['ha detto X', 'it', '«Non faremo un passo indietro», ha detto Marco Bellini.', 'Marco Bellini'],
    ['secondo X', 'it', 'Secondo Marco Bellini, «la crisi non è finita affatto».', 'Marco Bellini'],
    ['disse X', 'pt', '"Não vamos recuar de forma alguma", disse Ana Teixeira.', 'Ana Teixeira'],
    ['segundo X', 'pt', 'Segundo Ana Teixeira, "o acordo não vai sair este ano".', 'Ana Teixeira'],
    ['と述べた with 氏は', 'ja', '山田太郎氏は「来年も事業を続ける」と述べた。', '山田太郎'],
    ['a title before the name', 'fr', 'Mme Claire Dubois a expliqué : « Le dossier est clos depuis hier. »', 'Claire Dubois'],
  ];
  for (const [name, lang, text, want] of cases) it(`${lang}: ${name}`, () => expect(speakerOf(text, lang)).toBe(want));
});

describe('headline forms', () => {
  it('Name : « … »', () => expect(speakerOf('Morel : « Nous ne lâcherons rien sur ce dossier »', 'fr')).toBe('Morel'));
  it('Name: «…»', () => expect(speakerOf('Bellini: «La crisi non è finita»\n\nTesto.', 'it')).toBe('Bellini'));
});

describe('pronouns and descriptions resolve to the person named before', () => {
  it('he said', () => {
    const text = 'Dana Whitfield runs the bank. “We will appeal the ruling,” she said.';
    expect(speakerOf(text, 'en')).toBe('Dana Whitfield');
  });
  it(', a-t-il dit', () => {
    const text = 'Paul Morel est arrivé tôt. « Nous ne céderons rien à personne », a-t-il dit.';
    expect(speakerOf(text, 'fr')).toBe('Paul Morel');
  });
  it('elle a ajouté', () => {
    const text = '« Le plan est prêt depuis longtemps », a déclaré Claire Dubois. « Il sera voté demain », a-t-elle ajouté.';
    expect(quotes(text, 'fr').map((q) => q.speaker)).toEqual(['Claire Dubois', 'Claire Dubois']);
  });
  it('le patron de Twitter, via an earlier mention', () => {
    const text =
      'Le milliardaire Elon Musk, le patron de Twitter, a parlé hier. Musk a tweeté qu’il était « l’heure du procès » contre la firme.\n\n' +
      'Le patron de Twitter a allégué que Microsoft « s’était servi illégalement de ses données ».';
    const found = quotes(text, 'fr');
    expect(found.map((q) => q.speaker)).toEqual(['Elon Musk', 'Elon Musk']);
  });
  it('a paragraph that is only a quotation continues the speaker', () => {
    const text = '“We will appeal,” Dana Whitfield said.\n\n“The judge got the facts wrong and everybody knows it.”';
    expect(quotes(text, 'en').map((q) => q.speaker)).toEqual(['Dana Whitfield', 'Dana Whitfield']);
  });
  it('the fullest name seen on the page', () => {
    const text = 'Jonas Albrecht leitet die Bank.\n\n„Wir bleiben bei unserem Plan“, sagte Albrecht.';
    expect(speakerOf(text, 'de')).toBe('Jonas Albrecht');
  });
});

describe('sentence connectives are never speakers', () => {
  const cases: [Lang, string][] = [
    ['es', 'El portavoz militar Ramón Ibarra habló por la mañana. Asimismo, anunció «el cierre del puerto durante tres días».'],
    ['fr', 'La ministre Claire Dubois a répondu aux élus. Ensuite, elle a promis « une enquête complète sur les contrats ».'],
    ['it', 'Il sindaco Paolo Ricci ha parlato in aula. Tuttavia, ha ammesso «un ritardo nei lavori del ponte».'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text.slice(0, 50)}…`, () => {
      expect(speakerOf(text, lang) ?? '').not.toMatch(/^(Asimismo|Ensuite|Tuttavia)$/);
    });
  }

  it('resolves the pronoun after the connective to the person named before (fr)', () => {
    expect(speakerOf(cases[1]![1], 'fr')).toBe('Claire Dubois');
  });
});
