import { describe, expect, it } from 'vitest';
import { names } from './helpers';

describe('media names: publishers and broadcasters count as firms', () => {
  it('en: a name ending in a media word', () => {
    expect(names('The story was first reported by the Ashford Herald on Sunday.', 'en')).toEqual(['Ashford Herald']);
  });
  it('fr: a name starting with a media word, and a number', () => {
    expect(names('Il l’a dit hier sur Radio Zénith, puis sur Canal 24.', 'fr')).toEqual(['Radio Zénith', 'Canal 24']);
  });
  it('de: the article before the name is not part of it', () => {
    expect(names('Die Rheintaler Zeitung berichtete am Montag darüber.', 'de')).toEqual(['Rheintaler Zeitung']);
  });
  it('es: a media cue', () => {
    expect(names('Lo publicó el diario Voz Serrana esta mañana.', 'es')).toEqual(['Voz Serrana']);
  });
  it('it: a cue, an adjective, then the name', () => {
    expect(names("Lo riferisce l'emittente israeliana Channel 13.", 'it')).toEqual(['Channel 13']);
  });
  it('pt: a name starting with Rádio', () => {
    expect(names('A entrevista foi dada à Rádio Serra Azul.', 'pt')).toEqual(['Rádio Serra Azul']);
  });
  it('ja: a name ending in 新聞', () => {
    expect(names('北陸新聞によると、工場は閉鎖された。', 'ja')).toEqual(['北陸新聞']);
  });
  it('false friends: a page section, a square', () => {
    expect(names('Latest News\n\nThe crowd gathered in Times Square.', 'en')).toEqual([]);
  });
});

describe('noun–adjective order: one adjective between a cue and the name', () => {
  it('fr', () => {
    expect(names('La société française Vernaux a été rachetée.', 'fr')).toEqual(['Vernaux']);
  });
  it('es', () => {
    expect(names('La empresa chilena Cobrenor cerró la mina.', 'es')).toEqual(['Cobrenor']);
  });
  it('false friend: an armed or political group is not a firm', () => {
    expect(names('Le groupe islamiste Hamas a revendiqué l’attaque.', 'fr')).toEqual([]);
    expect(names('Il gruppo parlamentare Azione ha votato contro.', 'it')).toEqual([]);
  });
});
