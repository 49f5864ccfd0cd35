import { describe, expect, it } from 'vitest';
import { unhedgedClaims } from './hedges';

describe('unhedgedClaims', () => {
	it('catches a reported claim stated as plain fact', () => {
		expect(unhedgedClaims('López Obrador received funds from the Sinaloa cartel in 2006.')).toEqual(
			[
				{
					claim: 'López Obrador receiving cartel funds (DEA findings only suggested it)',
					sentence: 'López Obrador received funds from the Sinaloa cartel in 2006.'
				}
			]
		);
		expect(unhedgedClaims('Washington backed Castro in 2021. She won.')).toHaveLength(1);
	});

	it('passes the same claim with a hedge in its sentence', () => {
		expect(
			unhedgedClaims('DEA inquiries suggested López Obrador may have received cartel funds.')
		).toEqual([]);
		expect(unhedgedClaims('The article reports that Biden backed Castro in 2021.')).toEqual([]);
	});

	it('needs the hedge in the same sentence', () => {
		expect(
			unhedgedClaims('The DEA made a suggestion. Bukele struck a deal with MS-13 leaders.')
		).toHaveLength(1);
	});
});
