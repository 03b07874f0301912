import { AdminConsole } from '~/features/admin/admin-console';

export const metadata = { title: 'Organisations and users · Liftgraph' };

export default function AdminPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Organisations and users</h1>
          <p className="muted">Every organisation with its coaches, every user; add coaches, disable accounts, issue reset links.</p>
        </div>
      </div>
      <AdminConsole />
    </>
  );
}
