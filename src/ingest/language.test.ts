import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './language.js';

test('Latin-script text and text without letters are English', () => {
  assert.equal(detectLanguage('The ministers met in the capital.'), 'en');
  assert.equal(detectLanguage('Les ministres se sont rencontrés.'), 'en');
  assert.equal(detectLanguage('2024 — 12 %'), 'en');
  assert.equal(detectLanguage(''), 'en');
  assert.equal(detectLanguage('Minsk (Мінск) hosted the talks between the two delegations.'), 'en');
});

test('other scripts give a best-effort tag', () => {
  assert.equal(detectLanguage('Министры встретились в столице.'), 'ru');
  assert.equal(detectLanguage('Міністри сустрэліся ў сталіцы.'), 'be');
  assert.equal(detectLanguage('Міністри зустрілися в столиці її країни.'), 'uk');
  assert.equal(detectLanguage('Министри се срещнаха в столицата.'), 'und-Cyrl');
  assert.equal(detectLanguage('两国外长在首都会面。'), 'zh');
  assert.equal(detectLanguage('両国の外相が首都で会談した。'), 'ja');
  assert.equal(detectLanguage('양국 외무장관이 수도에서 만났다.'), 'ko');
  assert.equal(detectLanguage('Οι υπουργοί συναντήθηκαν.'), 'el');
  assert.equal(detectLanguage('التقى الوزيران في العاصمة.'), 'ar');
  assert.equal(detectLanguage('وزیران در پایتخت دیدار کردند و گفتگو.'), 'fa');
  assert.equal(detectLanguage('השרים נפגשו בבירה.'), 'he');
});
