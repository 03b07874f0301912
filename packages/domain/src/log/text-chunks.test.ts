import { describe, expect, it } from 'vitest';
import { importWorkoutLog } from './import-workout-log.js';
import { toTextChunks } from './text-chunks.js';

const FITNOTES = 'Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time\r\n2024-03-04,Barbell Squat,Legs,100.0,5,,,\r\n';

async function textOf(input: Parameters<typeof toTextChunks>[0]): Promise<string> {
  let out = '';
  for await (const chunk of toTextChunks(input)) out += chunk;
  return out;
}

const utf16le = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le').swap16());

describe('toTextChunks encodings', () => {
  it.each([
    ['UTF-16LE with BOM', utf16le(`\uFEFF${FITNOTES}`)],
    ['UTF-16BE with BOM', utf16be(`\uFEFF${FITNOTES}`)],
    ['UTF-16LE without BOM', utf16le(FITNOTES)],
    ['UTF-8 with BOM', new Uint8Array(Buffer.from(`\uFEFF${FITNOTES}`, 'utf8'))],
  ])('should read %s as the same text', async (_, bytes) => {
    expect(await textOf(bytes)).toBe(FITNOTES.replace(/\r\n/g, '\n'));
  });

  it('should recognise UTF-16 when the bytes arrive in odd-sized chunks', async () => {
    const bytes = utf16le(`\uFEFF${FITNOTES}`);
    const chunks = [bytes.slice(0, 1), bytes.slice(1, 7), bytes.slice(7)];
    expect(await textOf(chunks)).toBe(FITNOTES.replace(/\r\n/g, '\n'));
  });

  it('should import a FitNotes export saved as UTF-16 with the right line numbers', async () => {
    const bad = utf16le(`\uFEFF${FITNOTES}2024-03-05,Barbell Squat,Legs,abc,5,,,\r\n`);
    await expect(importWorkoutLog(bad)).rejects.toThrow(/^line 3, column "Weight \(kgs\)": "abc" is not a number/);
    const log = await importWorkoutLog(utf16le(`\uFEFF${FITNOTES}`));
    expect(log.sessions[0]?.performances[0]?.sets[0]).toMatchObject({ weightKg: 100, reps: 5, sourceLine: 2 });
  });

  it('should recognise UTF-16 without a BOM when the text holds characters whose low byte is zero (an astral character, Ā)', async () => {
    // U+10000 is the surrogate pair D800 DC00 and U+0100 is 0100: NULs in the "wrong" position too (found by the fuzz).
    const text = FITNOTES.replace('Barbell Squat', 'Squat \u{10000} \u0100');
    expect(await textOf(utf16le(text))).toBe(text.replaceAll('\r\n', '\n'));
    expect(await textOf(utf16be(text))).toBe(text.replaceAll('\r\n', '\n'));
  });

  it('should keep UTF-8 text with non-Latin names as UTF-8', async () => {
    const text = '日期,锻炼名称,时长,运动名称\n2020-09-29 07:10:22,"4.Pull",1小时13分钟,"卧推"\n';
    expect(await textOf(new Uint8Array(Buffer.from(text, 'utf8')))).toBe(text);
  });
});

describe('toTextChunks legacy encodings', () => {
  it('should read a Windows-1252 (Latin-1) export with accented names', async () => {
    const text = 'Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time\n2024-03-04,Développé couché,Pectoraux,80.0,5,,,\n';
    const log = await importWorkoutLog(new Uint8Array(Buffer.from(text, 'latin1')));
    expect(log.sessions[0]?.performances[0]?.exerciseName).toBe('Développé couché');
  });

  it('should keep valid UTF-8 with accents as UTF-8, even when a chunk cuts a character in two', async () => {
    const bytes = new Uint8Array(Buffer.from('Développé couché\n', 'utf8'));
    expect(await textOf([bytes.slice(0, 3), bytes.slice(3)])).toBe('Développé couché\n');
  });
});
