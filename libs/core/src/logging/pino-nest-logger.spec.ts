import { createRootLogger } from './logger';
import { PinoNestLogger } from './pino-nest-logger';

describe('PinoNestLogger', () => {
  function logged(level: 'info' | 'debug', write: (logger: PinoNestLogger) => void): { level: number; msg: string; context?: string }[] {
    const lines: string[] = [];
    write(new PinoNestLogger(createRootLogger(level, { write: (line: string) => void lines.push(line) })));
    return lines.map((line) => JSON.parse(line));
  }

  it('keeps Nest’s start-up lines (modules, routes) out of an info log, and shows them at debug', () => {
    const startUp = (logger: PinoNestLogger) => {
      logger.log('KpiModule dependencies initialized', 'InstanceLoader');
      logger.log('Mapped {/api/v1/kpi, GET} route', 'RouterExplorer');
      logger.log('Nest application successfully started', 'NestApplication');
    };
    expect(logged('info', startUp)).toEqual([]);
    expect(logged('debug', startUp).map((line) => [line.level, line.context])).toEqual([
      [20, 'InstanceLoader'],
      [20, 'RouterExplorer'],
      [20, 'NestApplication'],
    ]);
  });

  it('writes everything else at its own level, with its context', () => {
    const lines = logged('info', (logger) => {
      logger.log('rollup queued', 'KpiRollupService');
      logger.warn('slow', 'TypeORM');
      logger.error('it broke', 'stack line', 'ExceptionsHandler');
    });
    expect(lines.map((line) => [line.level, line.msg, line.context])).toEqual([
      [30, 'rollup queued', 'KpiRollupService'],
      [40, 'slow', 'TypeORM'],
      [50, 'it broke', 'ExceptionsHandler'],
    ]);
  });
});
