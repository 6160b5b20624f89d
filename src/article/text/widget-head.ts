/**
 * Refiner: the head of a timetable widget (prayer times: `مواقيت الصلاة وأحوال
 * الطقس` ⏎ `18/09/2019` ⏎ `الفجرالشروق…` ⏎ `05:4307:09…`). The widget's
 * lines are known by their shape; the day it shows and the heading over that
 * day are the widget's too. Left free, they read as a headline over its date
 * line, the more so on a dump cut before the article: a title and a date
 * invented from a widget.
 */
import { dateShare } from '../../dates/find-dates.js';
import { isFree, paragraphLike, type TextDoc } from './doc.js';

/** Longest line read as the widget's day. */
const MAX_DAY_LINE = 40;
/** Longest line read as the widget's heading. */
const MAX_HEADING = 60;

/** Marks as the widget's the day line right above block `first` (the widget's first line), and a heading right above that day. */
export function markWidgetHead(doc: TextDoc, first: number): void {
  const day = doc.blocks[first - 1];
  if (!day || !isFree(doc, day) || day.text.length > MAX_DAY_LINE) return;
  if (dateShare(day.text, doc.reference) < 0.5) return;
  doc.roles.set(day.index, 'widget');
  const heading = doc.blocks[first - 2];
  if (
    heading &&
    isFree(doc, heading) &&
    heading.text.length <= MAX_HEADING &&
    !paragraphLike(heading.text) &&
    !/[.!?؟]$/u.test(heading.text)
  )
    doc.roles.set(heading.index, 'widget');
}

/** Longest line read as the sky's condition over a weather reading (`Nuageux`, `Partly cloudy`, `غائم جزئيا`). */
const MAX_SKY = 20;
/** A figure or a stop: no sky's condition holds one. */
const NOT_SKY = /[\d.!?؟:]/u;

/**
 * Marks as the widget's the sky's condition right above a weather reading
 * (`Nuageux` ⏎ `18°C`), then the day and the heading over it (`Météo à
 * Casablanca` ⏎ `Lundi 7 décembre 2026`), as {@link markWidgetHead} does
 * over a timetable. Only where a day line stands right above the condition.
 */
export function markWeatherHead(doc: TextDoc, reading: number): void {
  const sky = doc.blocks[reading - 1];
  if (!sky || !isFree(doc, sky) || sky.text.length > MAX_SKY || NOT_SKY.test(sky.text)) return;
  const day = doc.blocks[reading - 2];
  if (!day || !isFree(doc, day) || dateShare(day.text, doc.reference) < 0.5) return;
  doc.roles.set(sky.index, 'widget');
  markWidgetHead(doc, sky.index);
}
