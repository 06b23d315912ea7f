import { Alert } from 'antd';
import { ApiError } from '@web/api/api-error';
import { ErrorNotice } from '@web/ui/error-notice';

/** A refused evaluation: each change's problem on its own line (changes[2].beds: …), else the error as usual. */
export function ProblemsNotice({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.fieldProblems.length) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        message={error.message}
        description={
          <ul className="scenario-problems">
            {error.fieldProblems.map((problem) => (
              <li key={`${problem.field}:${problem.message}`}>
                <code>{problem.field}</code> {problem.message}
              </li>
            ))}
          </ul>
        }
      />
    );
  }
  return <ErrorNotice error={error} />;
}
