'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { exerciseSearchOptions } from '~/features/exercises/exercises.queries';

interface NameMappingRowProps {
  name: string;
  rows: number;
  mappedTo: string | undefined;
  onMap: (catalogName: string | undefined) => void;
}

/** One logged name: is it already a catalog name, and which catalog exercise should it become. */
export function NameMappingRow({ name, rows, mappedTo, onMap }: NameMappingRowProps) {
  const [term, setTerm] = useState(name.replace(/\(.*?\)/g, '').trim());
  const search = useQuery(exerciseSearchOptions(term, 8));
  const exact = useQuery(exerciseSearchOptions(name, 5));
  const isExact = exact.data?.exercises.some((e) => e.name.toLowerCase() === name.toLowerCase()) ?? false;
  return (
    <tr>
      <td>
        {name}
        <div className="muted small">{rows} set rows</div>
      </td>
      <td>
        {exact.isPending && name.length >= 2 ? <span className="muted small">checking…</span> : null}
        {!exact.isPending && isExact ? <span className="badge badge-ok">Catalog name</span> : null}
        {!exact.isPending && !isExact && !mappedTo ? <span className="badge badge-warn">Not an exact catalog name</span> : null}
        {mappedTo ? <span className="badge badge-info">Mapped</span> : null}
      </td>
      <td>
        <div className="form-row" style={{ gap: 6 }}>
          <input
            value={term}
            onChange={(e) => setTerm(e.target.value)}
            aria-label={`Search the catalog for ${name}`}
            placeholder="Search catalog"
            style={{ width: 150 }}
          />
          <select
            value={mappedTo ?? ''}
            onChange={(e) => onMap(e.target.value === '' ? undefined : e.target.value)}
            aria-label={`Map ${name} to`}
          >
            <option value="">Keep “{name}” (importer matches it)</option>
            {search.data?.exercises.map((e) => (
              <option key={e.id} value={e.name}>
                {e.name} · {e.equipment}
              </option>
            ))}
          </select>
        </div>
        {search.error ? (
          <span className="small" style={{ color: 'var(--bad)' }}>
            Search failed.
          </span>
        ) : null}
      </td>
    </tr>
  );
}
