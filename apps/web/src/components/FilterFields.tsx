import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Col, type ColProps, Form, Grid, Input, Row, Select } from 'antd';
import { Fragment, type ReactNode, useState } from 'react';
import { activeCount, type ListParams, resetChanges } from '../lib/list-params.ts';

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

interface FilterBarProps {
  list: FilterTarget;
  /** The search form's accessible name (筛选站点 …). */
  label: string;
  /** The filters always shown. */
  children: ReactNode;
  /** The secondary filters: behind 更多筛选 on a narrow screen (a phone, a tablet, 200 % zoom). */
  more?: ReactNode;
  /** The parameters the secondary filters set: their count shows on 更多筛选 while they are hidden. */
  moreNames?: readonly string[];
  /** What else 重置 clears (a field's own error). */
  onReset?: () => void;
  /** Parameters of the address that are not filters (a page's tab): 重置 leaves them. */
  keep?: readonly string[];
}

/**
 * A list's filter bar: the filters, 重置 (clears every filter of the address, keeps the sort), and
 * below 992 px the secondary filters folded behind 更多筛选 so the filters do not fill the first
 * screen. 重置 remounts the fields, so search boxes (which keep their own text) are emptied too.
 */
export function FilterBar({ list, label, children, more, moreNames = [], onReset, keep }: FilterBarProps) {
  const screens = Grid.useBreakpoint();
  const narrow = screens.lg === false;
  const [open, setOpen] = useState(false);
  const [generation, setGeneration] = useState(0);
  const folded = more !== undefined && narrow && !open;
  const hiddenCount = folded ? activeCount(list.params, moreNames) : 0;
  const resettable = Object.keys(resetChanges(list.params, keep)).length > 0;
  return (
    <Form layout="vertical" className="filters" role="search" aria-label={label}>
      <Row gutter={12} align="bottom">
        <Fragment key={generation}>
          {children}
          {folded ? null : more}
        </Fragment>
        <Col className="filter-actions">
          {more !== undefined && narrow ? (
            <Button aria-expanded={open} icon={open ? <UpOutlined /> : <DownOutlined />} onClick={() => setOpen(!open)}>
              {open ? '收起筛选' : hiddenCount > 0 ? `更多筛选（已选 ${hiddenCount} 项）` : '更多筛选'}
            </Button>
          ) : null}
          <Button
            disabled={!resettable}
            onClick={() => {
              list.update(resetChanges(list.params, keep));
              setGeneration((n) => n + 1);
              onReset?.();
            }}
          >
            重置
          </Button>
        </Col>
      </Row>
    </Form>
  );
}
