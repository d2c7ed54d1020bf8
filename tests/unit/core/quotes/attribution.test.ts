import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

describe('harder attribution shapes', () => {
  it('it: the attribution in the next sentence ("Lo ha detto X")', () => {
    const text = '«La situazione resta molto grave». Lo ha detto il ministro degli Esteri, Marco Bellini.';
    expect(quotes(text, 'it')[0]!.speaker).toBe('Marco Bellini');
  });
  it('it: an attribution between dashes inside the quotation', () => {
    const text = '«Siamo pronti a trattare - ha detto Marco Bellini - ma non a qualsiasi prezzo».';
    expect(quotes(text, 'it')[0]!.speaker).toBe('Marco Bellini');
  });
  it('en: a name and its description after the quote, with no verb', () => {
    const text = 'Dana Whitfield spoke first. “Prices will fall next year,” Omar Haddad, an economist at a bank in Leeds.';
    expect(quotes(text, 'en')[0]!.speaker).toBe('Omar Haddad');
  });
  it('en: an apposition between subject and verb', () => {
    const text = 'Omar Haddad, in a statement on behalf of the Norvane board, said the deal was “a fair price for both sides”.';
    expect(quotes(text, 'en')[0]!.speaker).toBe('Omar Haddad');
  });
  it('en: a possessive is not the speaker', () => {
    const text = 'Omar Haddad said Norvane’s offer was “far too low for the owners”.';
    expect(quotes(text, 'en')[0]!.speaker).toBe('Omar Haddad');
  });
  it('es: a second verb shares the subject of the sentence', () => {
    const text =
      'Lucía Ferrer habló en Sevilla.\n\nLa ministra propone que una Agencia Europea reforzada lleve el control y recalcó que sería “la mejor solución posible para todos”.';
    expect(quotes(text, 'es')[0]!.speaker).toBe('Lucía Ferrer');
  });
  it('es: a second quote in the sentence of the first keeps its speaker', () => {
    const text = 'Lucía Ferrer ha recalcado que el “silencio” es “cómplice” en estos momentos.';
    expect(quotes(text, 'es').map((q) => q.speaker)).toEqual(['Lucía Ferrer', 'Lucía Ferrer']);
  });
  it('fr: a pronoun after the name keeps the name (« a elle aussi jugé »)', () => {
    const text = 'Depuis Genève, Claire Dubois, directrice du fonds, a elle aussi jugé « impératif » que les tensions baissent.';
    expect(quotes(text, 'fr')[0]!.speaker).toBe('Claire Dubois');
  });
  it('fr: a pronoun refers to the subject of the sentence before, not to the last speaker', () => {
    const text =
      '« Nous verrons », a dit Paul Morel.\n\nClaire Dubois n’est pas d’accord. « Le dossier est clos depuis longtemps », estime-t-elle.';
    expect(quotes(text, 'fr').map((q) => q.speaker)).toEqual(['Paul Morel', 'Claire Dubois']);
  });
  it('it: an elided article is not a name (« L’esercito ha detto »)', () => {
    const text = 'Marco Bellini è arrivato ieri. L’esercito ha detto che «la zona è stata colpita», aggiungendo altro.';
    expect(quotes(text, 'it')[0]!.speaker).not.toBe('L’esercito');
  });
  it('pt: a quote paragraph after a named subject with a description', () => {
    const text = 'O senador Rui Tavares, líder do bloco, acha que não há espaço.\n\n"Não é hora de perder tempo com isso", sustentou.';
    expect(quotes(text, 'pt')[0]!.speaker).toBe('Rui Tavares');
  });
  it('de: the role after the name is a title, not the speaker', () => {
    const text = '„Der Markt ist noch offen“, sagt Capco-Expertin Jana Roth.';
    expect(quotes(text, 'de')[0]!.speaker).toBe('Jana Roth');
  });
});

describe('several quotations, one attribution at the end of the sentence', () => {
  it('fr: the earlier quotations of the sentence take the speaker named after the last', () => {
    const text =
      'Le projet, que la direction « a imposé sans débat » malgré une « large » opposition interne, « menace des centaines d’emplois », estime Claire Fontaine.';
    expect(quotes(text, 'fr').map((q) => q.speaker)).toEqual(['Claire Fontaine', 'Claire Fontaine', 'Claire Fontaine']);
  });
  it('en: two quotations, then the speaker', () => {
    const text = 'The plan was “rushed” and “badly costed”, said Omar Haddad.';
    expect(quotes(text, 'en').map((q) => q.speaker)).toEqual(['Omar Haddad', 'Omar Haddad']);
  });
  it('does not reach into the next sentence', () => {
    const text = 'The report called the plan “rushed”. Later, the minister defended it: “It is sound,” said Omar Haddad.';
    expect(quotes(text, 'en')[0]!.speaker).not.toBe('Omar Haddad');
  });
});

describe('a description resolved to the person the page gave that role', () => {
  it('fr: "le chancelier" is the chancellor named before, not the last speaker', () => {
    const text =
      'Lundi, Paul Steiner, le chancelier autrichien, a parlé à un journal italien. ' +
      'Marie Lenoir, de la banque centrale, a répondu : « Nous surveillons la dette. » ' +
      '« Les règles doivent changer », a fait valoir le chancelier.';
    expect(quotes(text, 'fr').map((q) => q.speaker)).toEqual(['Marie Lenoir', 'Paul Steiner']);
  });
  it('en: "the chancellor" after "chancellor Paul Steiner"', () => {
    const text =
      'The Austrian chancellor, Paul Steiner, met bankers on Monday. Anna Berg, an economist, said: “Debt is rising.” ' +
      '“The rules must change,” the chancellor said.';
    expect(quotes(text, 'en').map((q) => q.speaker)).toEqual(['Anna Berg', 'Paul Steiner']);
  });
  it('keeps the last speaker when the role was given long before', () => {
    const filler = ' The talks went on for hours without any result.'.repeat(60);
    const text = `Paul Steiner, the chancellor, arrived early.${filler} Anna Berg said: “Debt is rising.” “It must stop,” the chancellor said.`;
    expect(quotes(text, 'en').map((q) => q.speaker)).toEqual(['Anna Berg', 'Anna Berg']);
  });
});

describe('the subject a pronoun refers to', () => {
  it('en: an analyst introduced with her employer, then "she said"', () => {
    const text =
      'Dana Whitfield, an analyst at Whitfield Research, said Morgan is the right choice to lead the group.\n\n' +
      '“He has run the company twice before,” she said.';
    expect(quotes(text, 'en')[0]!.speaker).toBe('Dana Whitfield');
  });
  it('pt: an organisation named inside the sentence is not its subject', () => {
    const text =
      'O senador Caio Ferraz, líder do bloco que reúne o PSDB, acha que não há espaço para a proposta. ' +
      '"Não é hora de perder tempo com isso", sustentou.';
    expect(quotes(text, 'pt')[0]!.speaker).toBe('Caio Ferraz');
  });
});

describe('a person named after the office', () => {
  it('it: "il ministro degli Affari Esteri Marco Bellini" speaks, not the ministry', () => {
    const text = 'La notizia è arrivata in serata. "Sono molto sollevato." ha commentato il vicepremier e ministro degli Affari Esteri Marco Bellini.';
    expect(quotes(text, 'it')[0]!.speaker).toBe('Marco Bellini');
  });
  it('en: "the Minister of Foreign Affairs Anna Berg said"', () => {
    const text = 'Talks resumed on Monday. The minister of Foreign Affairs Anna Berg said: “We are ready.”';
    expect(quotes(text, 'en')[0]!.speaker).toBe('Anna Berg');
  });
});

describe('live blogs: each timed entry is its own story', () => {
  const blog =
    '10:42\n\nMarco Bellini: «Non firmeremo»\n\nIl sindacalista Marco Bellini ha parlato davanti alla fabbrica. «Non firmeremo questo accordo», ha detto Marco Bellini.\n\n' +
    '10:15\n\nNorvane, abbiamo chiuso due stabilimenti\n\nNella nota diffusa in mattinata si legge che "la produzione riprenderà a gennaio" in tutti i siti.';

  it('does not carry the speaker of one entry into the next', () => {
    const found = quotes(blog, 'it');
    expect(found.find((q) => q.text.startsWith('la produzione'))?.speaker).not.toBe('Marco Bellini');
  });

  it("takes the entry headline's speaker for a quotation its text does not attribute", () => {
    const found = quotes(blog, 'it');
    expect(found.find((q) => q.text.startsWith('la produzione'))?.speaker).toBe('Norvane');
  });
});

describe('entry headlines and introductory phrases', () => {
  it('it: "Esercito israeliano: …" names the speaker of the entry', () => {
    const text =
      '07:24\n\nEsercito israeliano: nella notte colpiti decine di obiettivi\n\n' +
      'L\'esercito sta continuando "a colpire obiettivi militari e a distruggere infrastrutture" nella Striscia.';
    expect(quotes(text, 'it')[0]!.speaker).toBe('Esercito israeliano');
  });
  it('it: a name in the opening phrase ("Dopo la vittoria su X,") is not the subject', () => {
    const text =
      'Dopo la vittoria sulla ceca Lena Horak nel torneo di Roma, Giulia Ferri si è commossa in campo. ' +
      '"Dedico questa vittoria ai bambini", ha detto.';
    expect(quotes(text, 'it')[0]!.speaker).toBe('Giulia Ferri');
  });
  it('en: "After meeting X, Y said" keeps Y', () => {
    const text = 'After meeting Lena Horak in Rome, Anna Berg spoke to reporters. “We agreed on nothing,” she said.';
    expect(quotes(text, 'en')[0]!.speaker).toBe('Anna Berg');
  });
});
