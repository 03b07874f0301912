/** What the API said about how an imported file's numbers were read (ImportSummary.unitSource / dumbbellRecording). */
export interface ReadingSummary {
  unit: string;
  unitSource?: string | null;
  /** 0–1, with `unitSource` inferred or assumed. */
  unitConfidence?: number | null;
  dumbbellRecording?: { recording?: string | null; reason: string; pairs: number } | null;
}

export interface ImportNotice {
  /** `warn` when the import guessed and the coach should check. */
  tone: 'info' | 'warn';
  text: string;
}

const UNIT_SOURCE: Readonly<Record<string, string>> = {
  file: 'stated by the file',
  caller: 'as you chose',
  inferred: 'inferred from the loads',
  assumed: 'assumed: the file does not say and its loads do not tell',
};

/**
 * The notices shown after an import: the weight unit and where it came from (a guess says how to
 * correct it), and how dumbbell loads were read when the file has dumbbell lifts ("could not tell"
 * says what programs do then: read them as both dumbbells together, the safe side).
 */
export function importNotices(s: ReadingSummary): ImportNotice[] {
  const notices: ImportNotice[] = [];
  const source = s.unitSource == null ? undefined : UNIT_SOURCE[s.unitSource];
  const guessed = s.unitSource === 'inferred' || s.unitSource === 'assumed';
  notices.push({
    tone: guessed ? 'warn' : 'info',
    text: `Weight unit: ${s.unit}${source === undefined ? '' : ` (${source}${guessed && s.unitConfidence != null ? `, confidence ${Math.round(s.unitConfidence * 100)} %` : ''})`}${guessed ? ' — wrong? re-import with the unit set' : ''}`,
  });
  const d = s.dumbbellRecording;
  if (d != null) {
    if (d.recording === 'total') notices.push({ tone: 'info', text: `Dumbbell loads read as both dumbbells together (${d.reason})` });
    else if (d.recording === 'per-hand') notices.push({ tone: 'info', text: `Dumbbell loads read as one dumbbell per hand (${d.reason})` });
    else
      notices.push({
        tone: 'warn',
        text: `Could not tell whether dumbbell loads are per hand or both together (${d.reason}); programs read them as both together, the safe side`,
      });
  }
  return notices;
}
