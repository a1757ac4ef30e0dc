import { Select } from 'antd';
import { useState } from 'react';
import { useHouseholds } from '../scoring/lookups.js';

/** Finds a household by name, 户号 or pinyin initials (the roster's search). */
export function HouseholdPicker({ value, onChange, placeholder, label, clearable = false }: { value: number | null; onChange: (id: number | null) => void; placeholder: string; label: string; clearable?: boolean }) {
  const [query, setQuery] = useState('');
  const rows = useHouseholds(null, query);
  return (
    <Select
      aria-label={label}
      style={{ width: 360 }}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      placeholder={placeholder}
      allowClear={clearable}
      value={value}
      onChange={(v: number | undefined) => onChange(v ?? null)}
      options={rows.slice(0, 50).map((h) => ({ value: h.id, label: `${h.number} ${h.headName}（${h.groupName}）` }))}
    />
  );
}
