import { browser } from 'wxt/browser';
import { createClient } from '../messaging/client';

/** The panels' one client to the background: typed by the protocol map, every reply parsed with its schema. */
export const request = createClient((message) => browser.runtime.sendMessage(message));
