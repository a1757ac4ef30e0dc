import { Select } from 'antd';
import { useState } from 'react';
import { useHouseholds } from '../scoring/lookups.js';

/** Finds a household by name, 户号 or pinyin initials (the roster's search). */
export function HouseholdPicker({ value, onChange, placeholder, label }: { value: number | null; onChange: (id: number) => void; placeholder: string; label: string }) {
  const [query, setQuery] = useState('');
  const rows = useHouseholds(null, query);
  return (
    <Select
      aria-label={label}
      style={{ width: 360 }}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      placeholder={placeholder}
      value={value}
      onChange={onChange}
      options={rows.slice(0, 50).map((h) => ({ value: h.id, label: `${h.number} ${h.headName}（${h.groupName}）` }))}
    />
  );
}
