import { CloseOutlined, SearchOutlined } from '@ant-design/icons';
import type { ResidentSummary } from '@jobcircle/domain';
import { Button, Flex, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../lib/api.ts';
import { useResidentSearch } from '../lib/queries/search-residents.ts';

export interface PickedResident {
  id: string;
  name: string;
}

interface ResidentPickerProps {
  id?: string;
  /** The chosen resident's id (a Form.Item's value). */
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The name of the chosen resident, when the form starts with one (from the address bar). */
  initialName?: string | null;
  /** Told the whole summary when one is chosen. */
  onPick?: (resident: PickedResident | null) => void;
  'aria-invalid'?: boolean;
}

/** "3301" or "123X" is the last four of an ID number or mobile; anything else is a name or pinyin initials. */
function searchOf(text: string): { q?: string; last4?: string } {
  const value = text.trim();
  if (!value) return {};
  return /^[0-9Xx]{4}$/.test(value) ? { last4: value } : { q: value };
}

/**
 * Finds a resident of the registry by a name (or pinyin initials) or the last four characters of the
 * ID number or mobile, and chooses one: the field's value is the resident's id. Numbers stay masked.
 */
export function ResidentPicker({ id, value, onChange, initialName, onPick, ...rest }: ResidentPickerProps) {
  const [text, setText] = useState('');
  const [search, setSearch] = useState<{ q?: string; last4?: string }>({});
  const [picked, setPicked] = useState<PickedResident | null>(value && initialName ? { id: value, name: initialName } : null);
  const result = useResidentSearch(search);

  const choose = (resident: ResidentSummary | null) => {
    const next = resident ? { id: resident.id, name: resident.name } : null;
    setPicked(next);
    onChange?.(next?.id ?? null);
    onPick?.(next);
  };

  if (value && picked?.id === value) {
    return (
      <Flex align="center" gap="small" wrap className="picked-resident">
        <Typography.Text strong>{picked.name}</Typography.Text>
        <Button icon={<CloseOutlined />} onClick={() => choose(null)}>
          更换服务对象
        </Button>
      </Flex>
    );
  }

  const searched = Boolean(search.q || search.last4);
  return (
    <div className="resident-picker">
      <Input.Search
        id={id}
        aria-invalid={rest['aria-invalid']}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onSearch={(next) => setSearch(searchOf(next))}
        placeholder="姓名、拼音首字母，或身份证 / 手机号后四位"
        enterButton={
          <>
            <SearchOutlined aria-hidden="true" /> 查找
          </>
        }
        allowClear
        maxLength={30}
        loading={result.isFetching}
      />
      {searched ? (
        result.isError ? (
          <Typography.Text type="danger" role="alert">
            {errorMessage(result.error)}
          </Typography.Text>
        ) : (
          <List<ResidentSummary>
            size="small"
            className="resident-results"
            loading={result.isPending}
            locale={{ emptyText: '没有找到，请核对或登记新居民' }}
            dataSource={result.data?.items ?? []}
            renderItem={(resident) => (
              <List.Item
                actions={[
                  <Button key="pick" type="primary" ghost onClick={() => choose(resident)} aria-label={`选择 ${resident.name}`}>
                    选择
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={resident.name}
                  description={`${resident.idNumberMasked} · ${resident.villageName}${resident.age ? ` · ${resident.age} 岁` : ''}`}
                />
              </List.Item>
            )}
          />
        )
      ) : null}
    </div>
  );
}
