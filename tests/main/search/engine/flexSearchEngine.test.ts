import { flexSearchEngine } from '../../../../src/main/search/engine/flexSearchEngine';
import { describeSearchEngine } from './searchEngineSuite';

describeSearchEngine(flexSearchEngine);
