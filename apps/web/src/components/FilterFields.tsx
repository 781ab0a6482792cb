import { Col, type ColProps, Form, Input, Select } from 'antd';
import type { ReactNode } from 'react';
import type { ListParams } from '../lib/list-params.ts';

/** The part of a list the filters need: its address-bar parameters and the way to change them. */
export interface FilterTarget {
  params: ListParams;
  update: (changes: ListParams) => void;
}

type ColumnWidth = 'narrow' | 'wide';

/** A filter's column: two to a row on a phone when narrow, one when wide; four to a row on a desktop. */
export function FilterColumn({ width = 'narrow', col, children }: { width?: ColumnWidth; col?: ColProps; children: ReactNode }) {
  return (
    <Col xs={width === 'wide' ? 24 : 12} sm={12} lg={6} {...col}>
      {children}
    </Col>
  );
}

interface SearchFilterProps {
  list: FilterTarget;
  id: string;
  label: string;
  /** The parameter it sets (`q` by default). */
  name?: string;
  placeholder?: string;
  maxLength?: number;
}

/** A search box bound to one parameter of the address: trimmed, and empty means no filter. */
export function SearchFilter({ list, id, label, name = 'q', placeholder, maxLength }: SearchFilterProps) {
  return (
    <FilterColumn width="wide">
      <Form.Item label={label} htmlFor={id}>
        <Input.Search
          id={id}
          defaultValue={list.params[name]}
          allowClear
          maxLength={maxLength}
          placeholder={placeholder}
          enterButton="搜索"
          onSearch={(text) => list.update({ [name]: text.trim() })}
        />
      </Form.Item>
    </FilterColumn>
  );
}

export interface FilterOption {
  value: string | number;
  label: string;
}

/** Options under a heading (the service items by module). */
export interface FilterOptionGroup {
  label: string;
  title?: string;
  options: FilterOption[];
}

interface SelectFilterProps {
  list: FilterTarget;
  id: string;
  label: string;
  /** The parameter it sets. */
  name: string;
  options: readonly (FilterOption | FilterOptionGroup)[];
  placeholder?: string;
  /** Type to narrow the options by their label. */
  searchable?: boolean;
  width?: ColumnWidth;
  col?: ColProps;
  /** Long labels: the dropdown may be wider than the field. */
  wideDropdown?: boolean;
  /** What else a choice changes (a new town clears the village); by default only the parameter itself. */
  changes?: (value: string | undefined) => ListParams;
  /** The value shown when the parameter is absent (then the field cannot be cleared). */
  defaultValue?: string;
}

/**
 * A select bound to one parameter of the address. Option values may be numbers (service items):
 * the address holds their text and the select the option's own value.
 */
export function SelectFilter({
  list,
  id,
  label,
  name,
  options,
  placeholder,
  searchable = false,
  width = 'narrow',
  col,
  wideDropdown = false,
  changes,
  defaultValue,
}: SelectFilterProps) {
  const raw = list.params[name] ?? defaultValue;
  const flat = options.flatMap((option) => ('options' in option ? option.options : [option]));
  const value = raw === undefined ? undefined : (flat.find((option) => String(option.value) === raw)?.value ?? raw);
  return (
    <FilterColumn width={width} col={col}>
      <Form.Item label={label} htmlFor={id}>
        <Select
          id={id}
          value={value}
          allowClear={defaultValue === undefined}
          showSearch={searchable ? { optionFilterProp: 'label' } : undefined}
          placeholder={placeholder}
          options={options as (FilterOption | FilterOptionGroup)[]}
          popupMatchSelectWidth={wideDropdown ? false : undefined}
          onChange={(next: string | number | undefined) => {
            const text = next === undefined || next === defaultValue ? undefined : String(next);
            list.update(changes ? changes(text) : { [name]: text });
          }}
        />
      </Form.Item>
    </FilterColumn>
  );
}

const ACTIVE_OPTIONS: FilterOption[] = [
  { value: 'true', label: '在用' },
  { value: 'false', label: '已停用' },
  { value: 'all', label: '全部' },
];

/** 在用 / 已停用 / 全部 as the `active` parameter; in use is the default and is not written to the address. */
export function ActiveFilter({ list, id }: { list: FilterTarget; id: string }) {
  return <SelectFilter list={list} id={id} label="状态" name="active" options={ACTIVE_OPTIONS} defaultValue="true" />;
}
