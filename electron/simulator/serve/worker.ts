/** Placeholder worker entry; replaced by the simulator server worker. */
export {};
