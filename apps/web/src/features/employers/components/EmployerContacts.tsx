import { PlusOutlined } from '@ant-design/icons';
import type { Employer, EmployerContact } from '@jobcircle/domain';
import { Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { ContactFormModal } from './ContactFormModal.tsx';

/** The employer's contact persons, phones masked as the API gives them. */
export function EmployerContacts({ employer }: { employer: Employer }) {
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="employer-contacts">
      <Typography.Title level={2} className="section-title" id="employer-contacts">
        联系人（{employer.contacts.length} 人）
      </Typography.Title>
      <Table<EmployerContact>
        rowKey="id"
        size="small"
        dataSource={employer.contacts}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '尚未登记联系人' }}
        columns={[
          { title: '姓名', dataIndex: 'name', key: 'name' },
          { title: '职务', dataIndex: 'role', key: 'role' },
          { title: '联系电话', dataIndex: 'phoneMasked', key: 'phoneMasked' },
        ]}
        footer={() => (
          <PermissionGate permission="employer:write">
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              添加联系人
            </Button>
          </PermissionGate>
        )}
      />
      {adding ? <ContactFormModal employerId={employer.id} employerName={employer.name} onClose={() => setAdding(false)} /> : null}
    </section>
  );
}
