import { createRootLogger } from './logger';
import { requestContext } from './request-context';
import { scrubSensitiveText, scrubUrl } from './scrub';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createRootLogger('debug', { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('scrubSensitiveText', () => {
  it('masks 18-digit resident ID numbers, with or without the X check digit', () => {
    expect(scrubSensitiveText('id 33020319560712123X here')).toBe('id 330203********123X here');
    expect(scrubSensitiveText('q=500112194801011234&x=1')).toBe('q=500112********1234&x=1');
  });

  it('masks mainland mobile numbers', () => {
    expect(scrubSensitiveText('call 13812345678')).toBe('call 138****5678');
  });

  it('masks numbers written with separators too', () => {
    expect(scrubSensitiveText('q=500112 19480520 2134')).toBe('q=[id-number]');
    expect(scrubSensitiveText('q=500112+194805202134')).toBe('q=[id-number]');
    expect(scrubSensitiveText('q=500112%2019480520%20213X')).toBe('q=[id-number]');
    expect(scrubSensitiveText('call 138-1234-5678')).toBe('call [phone]');
  });

  it('keeps search values out of logged URLs', () => {
    expect(scrubUrl('/api/v1/residents?q=%E7%8E%8B&limit=20&regionCode=500112000000')).toBe('/api/v1/residents?q=[redacted]&limit=20&regionCode=500112000000');
    expect(scrubUrl('/api/v1/beds/summary?date=2025-06-01')).toBe('/api/v1/beds/summary?date=2025-06-01');
  });

  it('leaves other numbers alone', () => {
    expect(scrubSensitiveText('region 500112001000, 2025-06, beds 6700')).toBe('region 500112001000, 2025-06, beds 6700');
  });
});

describe('root logger', () => {
  it('redacts secrets and personal fields wherever they sit', () => {
    const { logger, lines } = capture();
    logger.info({ password: 'hunter2-long', body: { idNumber: '330203195607121234', token: 'abc' } }, 'login');
    const text = JSON.stringify(lines);
    expect(text).not.toContain('hunter2-long');
    expect(text).not.toContain('330203195607121234');
    expect(text).not.toContain('"abc"');
    expect(lines[0].password).toBe('[redacted]');
  });

  it('masks ID numbers inside messages and errors', () => {
    const { logger, lines } = capture();
    logger.error({ err: new Error('duplicate key (id_number)=(330203195607121234)') }, 'resident 330203195607121234 failed');
    const text = JSON.stringify(lines);
    expect(text).not.toContain('330203195607121234');
    expect(text).toContain('330203********1234');
  });

  it('never logs the parameters of a failed query', () => {
    const { logger, lines } = capture();
    const error = Object.assign(new Error('insert failed'), { parameters: ['330203195607121234'], code: '23505', constraint: 'x_key' });
    logger.error({ err: error });
    expect(JSON.stringify(lines)).not.toContain('330203195607121234');
    expect(lines[0].err).toMatchObject({ code: '23505', constraint: 'x_key' });
  });

  it('stamps each line with the request id of the request it serves', () => {
    const { logger, lines } = capture();
    requestContext.run({ requestId: 'req-42' }, () => logger.info('inside'));
    logger.info('outside');
    expect(lines[0].requestId).toBe('req-42');
    expect(lines[1].requestId).toBeUndefined();
  });
});
