import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, type JobPayloads } from '@yiyang/core';
import { OrdersService } from './orders/orders.service';

/** The services queue's handlers: thin, each calls one method of OrdersService. */
@Injectable()
export class ServicesJobs {
  constructor(private readonly orders: OrdersService) {}

  @JobHandler(JobName.ServicesSweep)
  sweep(): Promise<{ reminders: number; noShowSlots: number; window: string }> {
    return this.orders.sweep();
  }

  @JobHandler(JobName.ServicesRemind)
  async remind({ orderId }: JobPayloads[JobName.ServicesRemind]): Promise<{ reminded: boolean }> {
    return { reminded: await this.orders.remind(orderId) };
  }

  @JobHandler(JobName.ServicesNoShow)
  async noShow({ slotId }: JobPayloads[JobName.ServicesNoShow]): Promise<{ marked: number }> {
    return { marked: await this.orders.markNoShows(slotId) };
  }
}
