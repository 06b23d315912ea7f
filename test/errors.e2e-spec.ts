import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { buildConfig, configureHttpApp, ConflictError, createRootLogger, ForegroundActivity, RuleViolationError, registerConstraintMeanings } from '@yiyang/core';
import request from 'supertest';
import { QueryFailedError } from 'typeorm';

/** Throws what services throw, so the filter's mapping is seen through the real HTTP glue. */
@Controller('boom')
class BoomController {
  @Get('unexpected')
  unexpected(): never {
    throw new Error('SELECT * FROM app_user WHERE id_number = 330203195607121234');
  }

  @Get('unique')
  unique(): never {
    throw new QueryFailedError('INSERT INTO bed …', ['secret-param'], Object.assign(new Error('dup'), { code: '23505', constraint: 'bed_code_key' }));
  }

  @Get('overlap')
  overlap(): never {
    throw new QueryFailedError('INSERT INTO stay …', [], Object.assign(new Error('overlap'), { code: '23P01', constraint: 'stay_no_overlap' }));
  }

  @Get('lock-timeout')
  lockTimeout(): never {
    throw new QueryFailedError('SELECT … FOR NO KEY UPDATE', [], Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' }));
  }

  @Get('missing-reference')
  missingReference(): never {
    const detail = 'Key (resident_id)=(4f6d1a52-0000-4000-8000-0000000000f1) is not present in table "resident".';
    throw new QueryFailedError('INSERT INTO stay …', [], Object.assign(new Error('fk'), { code: '23503', constraint: 'stay_resident_id_fkey', detail }));
  }

  @Get('still-referenced')
  stillReferenced(): never {
    const detail = 'Key (id)=(4f6d1a52-0000-4000-8000-0000000000f1) is still referenced from table "stay".';
    throw new QueryFailedError('DELETE FROM resident …', [], Object.assign(new Error('fk'), { code: '23503', constraint: 'stay_resident_id_fkey', detail }));
  }

  @Get('other-sql')
  otherSql(): never {
    throw new QueryFailedError('SELECT nope', [], Object.assign(new Error('column "nope" does not exist'), { code: '42703' }));
  }

  @Get('conflict')
  conflict(): never {
    throw new ConflictError('Bed 3-101 is occupied');
  }

  @Get('rule')
  rule(): never {
    throw new RuleViolationError('Admission needs a current capability assessment');
  }
}

@Module({ controllers: [BoomController], providers: [{ provide: ForegroundActivity, useValue: new ForegroundActivity() }] })
class BoomModule {}

describe('error responses', () => {
  let app: NestExpressApplication;
  let http: ReturnType<typeof request>;
  const logs: string[] = [];

  beforeAll(async () => {
    registerConstraintMeanings({ bed_code_key: { field: 'code', message: 'bed code already used in this facility' } });
    const logger = createRootLogger('info', { write: (line: string) => void logs.push(line) });
    app = await NestFactory.create<NestExpressApplication>(BoomModule, { logger: false });
    configureHttpApp(app, buildConfig({ OPENAPI_ENABLED: 'false' }), logger);
    await app.init();
    http = request(app.getHttpServer());
  });
  afterAll(() => app?.close());

  it('turns an unexpected error into a bare 500: no stack, no SQL, but logged with the request id', async () => {
    const { body } = await http.get('/api/v1/boom/unexpected').set('X-Request-Id', 'boom-1').expect(500);
    expect(body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error', requestId: 'boom-1' });
    const logged = logs.map((l) => JSON.parse(l)).find((l) => l.requestId === 'boom-1' && l.err);
    expect(logged.err.stack).toContain('BoomController');
    expect(JSON.stringify(logs)).not.toContain('330203195607121234');
  });

  it('maps a unique violation to 409 naming the field it concerns', async () => {
    const { body } = await http.get('/api/v1/boom/unique').expect(409);
    expect(body).toMatchObject({ statusCode: 409, message: 'bed code already used in this facility', details: [{ field: 'code' }] });
    expect(JSON.stringify(body)).not.toContain('secret-param');
  });

  it('maps an exclusion violation to 409', async () => {
    const { body } = await http.get('/api/v1/boom/overlap').expect(409);
    expect(body.message).toMatch(/overlaps/);
  });

  it('maps a lock that could not be had in time to 409, try again', async () => {
    const { body } = await http.get('/api/v1/boom/lock-timeout').expect(409);
    expect(body.message).toMatch(/try again/);
  });

  it('maps a reference to a missing record to 422 naming the field, and one still referenced to 409', async () => {
    const { body } = await http.get('/api/v1/boom/missing-reference').expect(422);
    expect(body).toMatchObject({ statusCode: 422, error: 'Unprocessable Entity', details: [{ field: 'residentId' }] });
    expect(JSON.stringify(body)).not.toContain('4f6d1a52');
    expect((await http.get('/api/v1/boom/still-referenced').expect(409)).body.message).toMatch(/still refer/);
  });

  it('keeps other SQL errors a 500 without their text', async () => {
    const { body } = await http.get('/api/v1/boom/other-sql').expect(500);
    expect(JSON.stringify(body)).not.toContain('nope');
  });

  it('maps domain errors to 409 and 422', async () => {
    expect((await http.get('/api/v1/boom/conflict').expect(409)).body).toMatchObject({ error: 'Conflict', message: 'Bed 3-101 is occupied' });
    expect((await http.get('/api/v1/boom/rule').expect(422)).body).toMatchObject({ error: 'Unprocessable Entity' });
  });
});
