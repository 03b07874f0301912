'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { exerciseSearchOptions } from '~/features/exercises/exercises.queries';
import styles from './import.module.css';

interface Suggestion {
  exerciseId: string;
  name: string;
  score: number;
}

interface NameMappingRowProps {
  name: string;
  sets: number;
  /** The matcher's best catalog candidates for the name, best first. */
  suggestions: readonly Suggestion[];
  mappedTo: string | undefined;
  onMap: (exerciseId: string | undefined) => void;
}

/** One name the catalog does not know with confidence: map it to any catalog exercise (suggestions, or search), or keep it custom. */
export function NameMappingRow({ name, sets, suggestions, mappedTo, onMap }: NameMappingRowProps) {
  const [term, setTerm] = useState('');
  const search = useQuery(exerciseSearchOptions(term, 8));
  const found = (search.data?.exercises ?? []).filter((e) => !suggestions.some((s) => s.exerciseId === e.id));
  // A select shows its choice on one line: the chosen name is also written out below it, wrapping on a phone.
  const mappedName =
    suggestions.find((s) => s.exerciseId === mappedTo)?.name ?? search.data?.exercises.find((e) => e.id === mappedTo)?.name ?? null;
  return (
    <tr>
      <td>
        <b>{name}</b>
        <div className="muted small">
          {sets} set{sets === 1 ? '' : 's'}
        </div>
        {mappedTo ? <span className="badge badge-info">Mapped</span> : <span className="badge badge-warn">No confident match</span>}
      </td>
      <td>
        <div style={{ display: 'grid', gap: 6, minWidth: 0 }}>
          <input
            type="search"
            value={term}
            onChange={(e) => setTerm(e.target.value)}
            aria-label={`Search the catalog for ${name}`}
            placeholder="Search the catalog"
          />
          <select
            value={mappedTo ?? ''}
            onChange={(e) => onMap(e.target.value === '' ? undefined : e.target.value)}
            aria-label={`Map ${name} to`}
          >
            <option value="">Keep as a custom exercise</option>
            {suggestions.length > 0 ? (
              <optgroup label="Suggested">
                {suggestions.map((s) => (
                  <option key={s.exerciseId} value={s.exerciseId}>
                    {s.name} ({Math.round(s.score * 100)} %)
                  </option>
                ))}
              </optgroup>
            ) : null}
            {found.length > 0 ? (
              <optgroup label={`Search: ${term.trim()}`}>
                {found.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name} · {e.equipment}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
          {mappedName !== null ? <span className={`small ${styles.mappedTo}`}>Mapped to {mappedName}</span> : null}
          {search.error ? (
            <span className="small" style={{ color: 'var(--bad)' }}>
              Search failed.
            </span>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
