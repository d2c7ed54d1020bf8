import { describe, expect, it } from 'vitest';
import { names } from './helpers';

describe('names that are also words need evidence', () => {
  it('en: Apple the fruit at a sentence start, Apple the firm mid-sentence', () => {
    expect(names('Apple pie is a classic dessert.', 'en')).toEqual([]);
    expect(names('Investors expect Apple to report record sales.', 'en')).toEqual(['Apple']);
  });
  it('en: a title-case headline is no evidence', () => {
    expect(names('Why Target Practice Matters For Young Shooters\n\nThe range opens at nine.', 'en')).toEqual([]);
  });
  it('en: a cue or a legal suffix is evidence even at a sentence start', () => {
    expect(names('Shell’s chief executive spoke in London.', 'en')).toEqual(['Shell']);
    expect(names('Apple Inc. said on Monday that sales rose.', 'en')).toEqual(['Apple']);
  });
  it('en: a confirmed firm counts in its short mentions ("Alphabet Inc." … "Alphabet")', () => {
    expect(names('Alphabet Inc. beat forecasts.\n\nAlphabet also raised its dividend.', 'en')).toEqual(['Alphabet']);
    expect(names('Gap Inc. cut prices. Gap said margins held.', 'en')).toEqual(['Gap Inc.']);
  });
  it('en: Amazon the river is not Amazon the firm', () => {
    expect(names('Fires spread along the Amazon River last summer.', 'en')).toEqual([]);
  });
  it('en: a surname that is a brand, inside a person\'s name, is not the firm', () => {
    expect(names('The actor Harrison Ford arrived late.', 'en')).toEqual([]);
    expect(names('The chief executive, Tim Cook, spoke first.', 'en')).toEqual([]);
  });
  it('en: once a brand name follows a first name, its bare mentions are the person', () => {
    expect(names('The actor Harrison Ford arrived late. Later, the star Ford said he was tired.', 'en')).toEqual([]);
    expect(names('Investors said Ford Motor would cut jobs; Ford declined to comment.', 'en')).toEqual(['Ford']);
  });
  it('en: "X" needs a cue', () => {
    expect(names('Let X be the number of apples.', 'en')).toEqual([]);
  });
  it('fr: Orange la ville, Orange l’opérateur', () => {
    expect(names('Le festival se tient à Orange chaque été.', 'fr')).toEqual([]);
    expect(names("Le réseau de l'opérateur Orange est tombé en panne.", 'fr')).toEqual(['Orange']);
  });
  it('fr: "au total" is a word, "le groupe Total" a firm', () => {
    expect(names('Au total, 40 personnes ont été blessées.', 'fr')).toEqual([]);
    expect(names('Le groupe Total a publié ses résultats.', 'fr')).toEqual(['TotalEnergies']);
  });
  it('de: a German noun that is a firm needs a cue', () => {
    expect(names('Die Umweltverbände bilden eine Allianz gegen das Projekt.', 'de')).toEqual([]);
    expect(names('Der Versicherer Allianz erhöht die Prämien.', 'de')).toEqual(['Allianz']);
  });
  it('es: a surname in a person’s name is not the firm', () => {
    expect(names('El ministro Rodolfo Costa habló ayer.', 'es')).toEqual([]);
  });
  it('it: the city is not the newspaper', () => {
    expect(names('La Stampa scrive che il governo cadrà.', 'it')).toEqual(['La Stampa']);
    expect(names('Il titolo di Leonardo è salito del 3%.', 'it')).toEqual(['Leonardo']);
  });
  it('pt: Vale the word needs evidence', () => {
    expect(names('Vale lembrar que o prazo acabou.', 'pt')).toEqual([]);
    expect(names('A mineradora foi multada; a empresa Vale recorreu.', 'pt')).toEqual(['Vale']);
  });
  it('fr, it: a name that is a word here, at a sentence start, is the word', () => {
    expect(names('Tous les salariés ont reçu une prime. Ils étaient tous présents.', 'fr')).toEqual([]);
    expect(names('Loro hanno votato contro. Il voto di loro era atteso.', 'it')).toEqual([]);
  });
  it('es: a region that is also a bank is the region without a cue', () => {
    expect(names('Galicia registró lluvias récord este año.', 'es')).toEqual([]);
  });
  it('ja: a listed name needs no spaces', () => {
    expect(names('昨日、日産自動車の株価が上がった。', 'ja')).toEqual(['Nissan']);
  });
});

describe('never firms: public bodies, indices, places, people', () => {
  it('en: agencies, central banks, courts, universities, indices', () => {
    expect(
      names('The Federal Reserve, the Supreme Court and Harvard University reacted as the S&P 500 fell.', 'en'),
    ).toEqual([]);
  });
  it('fr: indices and central bank', () => {
    expect(names('Le CAC 40 a reculé après une annonce de la Banque de France.', 'fr')).toEqual([]);
  });
  it('de: the DAX is an index', () => {
    expect(names('Der DAX schloss im Plus, der Bundestag tagte.', 'de')).toEqual([]);
  });
  it('es: government bodies after a cue word are not firms', () => {
    expect(names('La empresa Ministerio de Hacienda no existe.', 'es')).toEqual([]);
  });
  it('it: party and ministry', () => {
    expect(names('Il Partito Democratico e il Ministero della Salute hanno risposto.', 'it')).toEqual([]);
  });
  it('pt: the Nikkei index is not the newspaper', () => {
    expect(names('O Nikkei 225 caiu 2% em Tóquio.', 'pt')).toEqual([]);
  });
  it('ja: the central bank is not a firm', () => {
    expect(names('日本銀行は金利を据え置いた。', 'ja')).toEqual([]);
  });
  it('share buttons and lone menu entries are page chrome', () => {
    expect(names('Partager sur Facebook\n\nPartager sur Linkedin\n\nLe texte commence ici.', 'fr')).toEqual([]);
    expect(names('Facebook\n\nTwitter\n\nWhatsApp\n\nArtículo anterior', 'es')).toEqual([]);
  });
  it('follow lines point to the site’s own accounts (en, fr)', () => {
    expect(names('The story ends here.\n\n@citydesk on Twitter, become a fan on Facebook\n\nMore', 'en')).toEqual([]);
    expect(names('Fin de l’article.\n\nRetrouvez-nous sur Instagram et LinkedIn\n\nÀ lire aussi', 'fr')).toEqual([]);
  });
  it('a firm named in a sentence that mentions sharing still counts', () => {
    expect(names('Investors expect Walmart to share more of its profit.', 'en')).toEqual(['Walmart']);
  });
});
