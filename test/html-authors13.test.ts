/**
 * HTML authors (issue 14: metadata in the same call): class words and
 * bylines that name no author. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

const PARAGRAPHS = [
  'Le conseil municipal a voté, mardi soir, le budget de la ville pour 2026, avec une hausse sensible des investissements dans les écoles et les transports.',
  'L’opposition a dénoncé une hausse de la dette, tandis que la majorité met en avant le gel des impôts locaux pour la troisième année consécutive.',
  'Le budget doit encore être validé par la préfecture avant la fin du mois, une étape que la mairie juge sans surprise.',
].map((p) => `<p>${p}</p>`);

function page(before: string, after = ''): string {
  return `<!doctype html><html><head><title>Budget 2026 : la ville investit</title></head><body>${before}<article><h1>Budget 2026 : la ville investit</h1>${PARAGRAPHS.join('')}</article>${after}</body></html>`;
}

describe('elements whose class words only look like a byline’s', () => {
  test('a sort control (`sort-by`) names no author', () => {
    const form =
      '<form><div class="form-item form-item-sort-by"><label>Trier par</label><select><option>Date</option></select></div></form>';
    expect(parseArticle(page(form)).authors).toEqual([]);
  });

  test('the theme’s credit in the footer (`theme-author`) names no author', () => {
    const footer =
      '<footer><ul class="credit"><li class="theme-author">Thème : <a href="/">Lumière</a> par Studio</li></ul></footer>';
    expect(parseArticle(page('', footer)).authors).toEqual([]);
  });

  test('a petition’s list of signatures (`signaturelist`) names no author', () => {
    const list =
      '<h3 class="speakup-signaturelist-header">Dernières signatures</h3><table class="speakup-signaturelist"><tr><td>12</td><td>Paris</td></tr></table>';
    expect(parseArticle(page('', list)).authors).toEqual([]);
  });

  test('a real byline beside them is still read', () => {
    const byline = '<p class="byline">Par Samira Benali</p>';
    expect(parseArticle(page(byline)).authors).toEqual(['Samira Benali']);
  });
});

describe('a byline box holding a sentence', () => {
  test('a slogan in the author box is no name', () => {
    const box = '<div class="author">Siamo un archivio del meglio degli anni 80/90!</div>';
    expect(parseArticle(page(box)).authors).toEqual([]);
  });

  test('a name with its particles stays', () => {
    const box = '<div class="author">Ahmed ben Youssef de la Tour</div>';
    expect(parseArticle(page(box)).authors).toEqual(['Ahmed ben Youssef de la Tour']);
  });
});

describe('an interview’s byline', () => {
  test('the label `Interview:` is no part of the name', () => {
    const box = '<div class="author">Interview: Julia Lambert</div>';
    expect(parseArticle(page(box)).authors).toEqual(['Julia Lambert']);
  });
  test('nor `Entretien :`', () => {
    const box = '<p class="byline">Entretien : Karim Mansouri</p>';
    expect(parseArticle(page(box)).authors).toEqual(['Karim Mansouri']);
  });
});
